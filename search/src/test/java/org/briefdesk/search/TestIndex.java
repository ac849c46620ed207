package org.briefdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.document.ItemDocument;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-memory archive a search test class stands on: {@link Items#ALL} and the class's own items
 * indexed as changes 1, 2, … (then the withdrawn ones deleted), committed and refreshed, so that
 * both the index's searches and a plain {@link #reader()} over the commit see them. Register it as a
 * static {@code @RegisterExtension} field: it is built before the class's tests and closed after.
 */
public final class TestIndex implements BeforeAllCallback, AfterAllCallback {
    private final List<ItemDocument> added;
    private final List<String> withdrawn = new ArrayList<>();
    private ByteBuffersDirectory dir;
    private ItemIndex index;
    private DirectoryReader reader;

    private TestIndex(List<ItemDocument> added) {
        this.added = added;
    }

    /** {@link Items#ALL} and {@code more} after them. */
    public static TestIndex archive(ItemDocument... more) {
        return new TestIndex(List.of(more));
    }

    /** Deletes the item with this id after everything is indexed, as a withdrawal would. */
    public TestIndex withdrawing(String id) {
        withdrawn.add(id);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = new ByteBuffersDirectory();
        index = ItemIndex.open(dir, Items.config(0));
        long seq = Items.indexAll(index);
        for (ItemDocument d : added) {
            index.index(d, ++seq);
        }
        for (String id : withdrawn) {
            index.delete(id, ++seq);
        }
        index.commit(seq);
        index.refresh();
        reader = DirectoryReader.open(dir);
    }

    public ItemIndex index() {
        return index;
    }

    /** A reader over the committed index (for tests of the query classes below the facade). */
    public DirectoryReader reader() {
        return reader;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        reader.close();
        index.close();
    }
}
