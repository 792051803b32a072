package dk.sygesikring.domain.person;

/** Thrown when a string that must be a CPR number is not one; the message says why. */
public class InvalidCprException extends IllegalArgumentException {
    public InvalidCprException(String message) {
        super(message);
    }
}
