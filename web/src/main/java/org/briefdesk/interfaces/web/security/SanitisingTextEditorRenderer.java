package org.briefdesk.interfaces.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.briefdesk.domain.model.item.RichText;
import org.primefaces.component.texteditor.TextEditor;
import org.primefaces.component.texteditor.TextEditorRenderer;

/**
 * Every p:textEditor's input is cleaned on the way in with the rich-text rule of the domain
 * ({@link RichText#clean}, jsoup with the body's safelist), before conversion, validation and the
 * model see it, so a failed submit re-shows only the cleaned HTML. This takes the place of
 * PrimeFaces' own {@code secure} mode, which needs the OWASP sanitiser library: with it on and the
 * library absent PrimeFaces refuses to render, so the editor is switched to this sanitiser instead.
 */
public class SanitisingTextEditorRenderer extends TextEditorRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        TextEditor editor = (TextEditor) component;
        editor.setSecure(false);
        super.decode(context, component);
        if (editor.getSubmittedValue() instanceof String html) {
            editor.setSubmittedValue(RichText.clean(html));
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ((TextEditor) component).setSecure(false);
        super.encodeEnd(context, component);
    }
}
