package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * The receipt of a change of sikringsgruppe (LET-1, LET-2), from {@code letter-templates/group-change-receipt.mustache}:
 * to the main person, naming the persons, the new group and the day it holds from, and what groups 1 and 2 mean.
 */
public final class GroupChangeReceiptLetter {

    private GroupChangeReceiptLetter() {
    }

    /**
     * @param changes the forløb's changes: one for a person, or one each for persons changing together, all to the
     *                same group from the same day (one letter says one group and one date)
     * @param persons the persons changed, as the register holds them (their names), exactly those of the changes
     */
    public static LetterText of(List<GroupChange> changes, List<Person> persons, LocalDate today) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a group-change receipt is about at least one change");
        }
        GroupChange first = changes.getFirst();
        if (changes.stream().anyMatch(change -> change.group() != first.group() || !change.validFrom().equals(first.validFrom()))) {
            throw new IllegalArgumentException("one receipt is about one group from one day: " + changes);
        }
        return LetterFields.create()
                .list("persons", PersonLines.of(changes.stream().map(GroupChange::cpr).toList(), persons))
                .text("group", String.valueOf(first.group().number()))
                .flag("groupOne", first.group() == Sikringsgruppe.GROUP_1)
                .flag("groupTwo", first.group() == Sikringsgruppe.GROUP_2)
                .date("validFrom", first.validFrom())
                .write(LetterKind.GROUP_CHANGE_RECEIPT, today);
    }
}
