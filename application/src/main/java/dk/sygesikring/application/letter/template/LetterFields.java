package dk.sygesikring.application.letter.template;

import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a writer gives a letter's template, in the forms letters print them: Danish dates, CPR numbers with
 * the hyphen. {@link #write} renders the kind's template with them.
 */
public final class LetterFields {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.of("da", "DK"));

    private final Map<String, Object> values = new LinkedHashMap<>();

    private LetterFields() {
    }

    public static LetterFields create() {
        return new LetterFields();
    }

    public LetterFields text(String name, String value) {
        return put(name, Objects.requireNonNull(value, name));
    }

    /** A text that may be unknown: empty then, which the template leaves out with a section. */
    public LetterFields optionalText(String name, Optional<String> value) {
        return put(name, value.orElse(""));
    }

    /** "1. december 2026". */
    public LetterFields date(String name, LocalDate day) {
        return put(name, danishDate(day));
    }

    public LetterFields flag(String name, boolean value) {
        return put(name, value);
    }

    public LetterFields list(String name, List<String> items) {
        return put(name, List.copyOf(items));
    }

    /** The letter of {@code kind}, dated {@code today}, from its template with these values. */
    public LetterText write(LetterKind kind, LocalDate today) {
        return LetterTemplates.of(kind).render(values, today);
    }

    /** "1. december 2026", as letters write a date. */
    public static String danishDate(LocalDate day) {
        return DANISH_DATE.format(day);
    }

    /** "010180-1231", as cards and letters print a CPR number. */
    public static String withHyphen(Cpr cpr) {
        return cpr.value().substring(0, 6) + "-" + cpr.value().substring(6);
    }

    private LetterFields put(String name, Object value) {
        if (values.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("the field " + name + " is given twice");
        }
        return this;
    }
}
