package org.briefdesk.application.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox keeps the reports of one event together, where the group's first report stands. */
class EventGroupOrderTest {

    @Test
    void membersOfAGroupFollowItsFirstMemberAndTheRestKeepTheirOrder() {
        List<Long> ordered = List.of(5L, 1L, 7L, 2L, 3L, 4L, 6L, 8L, 9L, 10L);
        List<Long> fireSafety = List.of(1L, 9L);
        List<Long> garbage = List.of(3L, 5L, 10L);
        Map<Long, List<Long>> groups = Map.of(1L, fireSafety, 9L, fireSafety, 3L, garbage, 5L, garbage, 10L, garbage);
        assertEquals(List.of(5L, 3L, 10L, 1L, 9L, 7L, 2L, 4L, 6L, 8L), InboxQuery.keepTogether(ordered, groups));
    }

    @Test
    void aGroupMemberOutsideTheListIsNotAdded() {
        assertEquals(List.of(2L, 1L), InboxQuery.keepTogether(List.of(2L, 1L), Map.of(2L, List.of(2L, 99L))));
    }
}
