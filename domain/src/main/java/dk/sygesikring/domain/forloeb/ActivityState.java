package dk.sygesikring.domain.forloeb;

public enum ActivityState { OPEN, DONE, FAILED, CANCELLED }
