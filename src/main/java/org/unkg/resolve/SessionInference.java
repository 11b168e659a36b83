package org.unkg.resolve;

import java.time.LocalDate;

/**
 * The General Assembly session a date falls in. A regular session opens in mid-September of year
 * {@code 1945 + session} and runs until the next opens.
 */
final class SessionInference {
    private SessionInference() {
    }

    /** The regular session in progress on {@code d}. */
    static int sessionOn(LocalDate d) {
        boolean opened = d.getMonthValue() > 9 || (d.getMonthValue() == 9 && d.getDayOfMonth() >= 12);
        return d.getYear() - (opened ? 1945 : 1946);
    }

    /** Whether a resolution of session {@code s} could have been adopted on {@code d}. */
    static boolean plausible(int session, LocalDate d) {
        if (session <= 0) {
            return true;
        }
        LocalDate open = LocalDate.of(1945 + session, 1, 1);
        LocalDate close = LocalDate.of(1947 + session, 1, 1);
        return !d.isBefore(open) && d.isBefore(close);
    }
}
