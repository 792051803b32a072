package dk.sygesikring.resilience;

/** An answer the caller expects from the external system: its status and its body, if any. */
public record HttpAnswer(int status, String body) {
}
