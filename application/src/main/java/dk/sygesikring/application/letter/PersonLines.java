package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The persons a letter is about (LET-2), one line each: "Sofie Nørgaard, CPR-nummer 220785-9902". */
final class PersonLines {

    private PersonLines() {
    }

    static String line(String name, Cpr cpr) {
        return name + ", CPR-nummer " + LetterFields.withHyphen(cpr);
    }

    /** A line for each CPR number, in its order, named from {@code persons}, which must hold exactly those persons. */
    static List<String> of(List<Cpr> cprs, List<Person> persons) {
        Map<Cpr, Person> byCpr = persons.stream().collect(Collectors.toMap(Person::cpr, Function.identity(), (a, b) -> a));
        if (!byCpr.keySet().equals(Set.copyOf(cprs)) || persons.size() != cprs.size()) {
            throw new IllegalArgumentException("the letter is about " + cprs.stream().map(Cpr::value).toList()
                    + " but is given the persons " + persons.stream().map(person -> person.cpr().value()).toList());
        }
        return cprs.stream().map(cpr -> line(byCpr.get(cpr).name(), cpr)).toList();
    }
}
