package dk.sygesikring.domain.value;

/**
 * Checks of the all-digit codes the domain is full of (CPR numbers, kommunekoder, ydernumre, postcodes, road codes).
 * A loop, not {@code String.matches}: that compiles a regular expression on every call, and these values are built for
 * every row read (a choice list makes some 14,000 of them; the profile of the national benchmark showed it).
 */
public final class Digits {

    private Digits() {
    }

    /** Whether {@code text} is exactly {@code length} ASCII digits. */
    public static boolean exactly(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
