package dk.sygesikring.domain.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final Refusal ODD = Refusal.unprocessable("odd", "TEST-1", "odd numbers are refused");
    private static final Refusal TOO_BIG = Refusal.unprocessable("too-big", "TEST-2", "too big");

    private static Outcome<Integer> halved(int number) {
        return number % 2 == 0 ? Outcome.success(number / 2) : Outcome.refused(ODD);
    }

    @Test
    void forEach_gives_every_value_in_order_when_none_is_refused() {
        assertThat(Outcome.forEach(List.of(2, 8, 4), OutcomeTest::halved)).isEqualTo(Outcome.success(List.of(1, 4, 2)));
    }

    @Test
    void forEach_stops_at_the_first_refusal_and_tries_no_later_item() {
        List<Integer> tried = new ArrayList<>();
        Outcome<List<Integer>> outcome = Outcome.forEach(List.of(2, 3, 4), number -> {
            tried.add(number);
            return halved(number);
        });
        assertThat(outcome.refusedBecause()).contains(ODD);
        assertThat(tried).containsExactly(2, 3);
    }

    @Test
    void unlessRefused_asks_the_rules_in_order_and_gives_the_first_refusal() {
        List<String> asked = new ArrayList<>();
        Outcome<Boolean> outcome = Outcome.unlessRefused(
                () -> { asked.add("first"); return Optional.empty(); },
                () -> { asked.add("second"); return Optional.of(TOO_BIG); },
                () -> { asked.add("third"); return Optional.of(ODD); });
        assertThat(outcome.refusedBecause()).contains(TOO_BIG);
        assertThat(asked).containsExactly("first", "second");
        assertThat(Outcome.unlessRefused(Optional::empty)).isEqualTo(Outcome.success(true));
    }

    @Test
    void ensure_keeps_the_value_unless_the_rule_refuses_it() {
        assertThat(Outcome.success(4).ensure(n -> n > 3 ? Optional.of(TOO_BIG) : Optional.empty()).refusedBecause()).contains(TOO_BIG);
        assertThat(Outcome.success(2).ensure(n -> n > 3 ? Optional.of(TOO_BIG) : Optional.empty())).isEqualTo(Outcome.success(2));
        assertThat(Outcome.<Integer>refused(ODD).ensure(n -> Optional.of(TOO_BIG)).refusedBecause()).contains(ODD);
    }

    @Test
    void present_gives_the_value_or_the_refusal_for_its_absence() {
        assertThat(Outcome.present(Optional.of(3), ODD)).isEqualTo(Outcome.success(3));
        assertThat(Outcome.present(Optional.empty(), ODD).refusedBecause()).contains(ODD);
    }
}
