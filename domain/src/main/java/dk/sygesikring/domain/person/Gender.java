package dk.sygesikring.domain.person;

public enum Gender { FEMALE, MALE }
