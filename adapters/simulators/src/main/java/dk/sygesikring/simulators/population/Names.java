package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Gender;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Danish-looking first and last names; first names follow the fashion of the birth year. */
final class Names {

    private static final List<String> OLDER_WOMEN = List.of(
            "Anne", "Kirsten", "Hanne", "Mette", "Helle", "Susanne", "Lene", "Marianne", "Lone", "Bente",
            "Karen", "Inge", "Birgitte", "Gitte", "Jytte", "Bodil", "Grethe", "Tove", "Else", "Åse",
            "Merete", "Dorthe", "Ulla", "Vibeke", "Hjørdis", "Søs", "Ingrid", "Ruth", "Lis", "Kirstine");
    private static final List<String> YOUNGER_WOMEN = List.of(
            "Emma", "Ida", "Freja", "Clara", "Alma", "Sofie", "Ella", "Agnes", "Karla", "Ellen",
            "Astrid", "Signe", "Mathilde", "Cecilie", "Camilla", "Louise", "Maja", "Line", "Julie", "Laura",
            "Anna", "Frida", "Asta", "Liva", "Olivia", "Josefine", "Nanna", "Sara", "Maria", "Mille");
    private static final List<String> OLDER_MEN = List.of(
            "Peter", "Jens", "Lars", "Michael", "Henrik", "Søren", "Jan", "Niels", "Ole", "Per",
            "Jørgen", "Poul", "Knud", "Erik", "Torben", "Bent", "Flemming", "Kjeld", "Ove", "Preben",
            "Svend", "Finn", "Arne", "Leif", "Bjarne", "Steen", "Øjvind", "Jørn", "Hans", "Kurt");
    private static final List<String> YOUNGER_MEN = List.of(
            "William", "Noah", "Oscar", "Lucas", "Carl", "Emil", "Victor", "Magnus", "Aksel", "Malthe",
            "Frederik", "Alfred", "Valdemar", "Elias", "August", "Mads", "Rasmus", "Mikkel", "Christian", "Martin",
            "Thomas", "Jesper", "Morten", "Anders", "Kasper", "Jonas", "Bjørn", "Søren", "Anton", "Villads");
    private static final List<String> LAST_NAMES = List.of(
            "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
            "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen",
            "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen",
            "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen", "Vestergaard",
            "Nørgaard", "Dahl", "Bech", "Kjær", "Søgaard", "Bækgaard", "Højgaard", "Damgaard", "Thygesen",
            "Skovgaard", "Lauridsen", "Bøgh", "Krogh", "Winther", "Brøndum", "Lykke", "Mølgaard", "Ærenlund");

    /** Born before this year: the older generation's names. */
    private static final int GENERATION_SHIFT = 1980;

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    String firstName(Gender gender, int birthYear) {
        boolean older = birthYear < GENERATION_SHIFT;
        List<String> names = gender == Gender.FEMALE
                ? (older ? OLDER_WOMEN : YOUNGER_WOMEN)
                : (older ? OLDER_MEN : YOUNGER_MEN);
        return pick(names);
    }

    String lastName() {
        return pick(LAST_NAMES);
    }

    /** A family name; now and then a double one such as "Holm Nørgaard". */
    String familyName() {
        String last = lastName();
        if (random.nextInt(6) == 0) {
            String middle = lastName();
            return middle.equals(last) ? last : middle + " " + last;
        }
        return last;
    }

    /** The gender a first name is given to here, for checking that CPR numbers match it. */
    static Optional<Gender> genderOf(String firstName) {
        if (OLDER_WOMEN.contains(firstName) || YOUNGER_WOMEN.contains(firstName)) {
            return Optional.of(Gender.FEMALE);
        }
        if (OLDER_MEN.contains(firstName) || YOUNGER_MEN.contains(firstName)) {
            return Optional.of(Gender.MALE);
        }
        return Optional.empty();
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
