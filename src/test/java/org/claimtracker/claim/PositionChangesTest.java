package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A change of position is derived from dated stances, in either direction. */
class PositionChangesTest {

	static final LocalDate JUNE = LocalDate.of(2024, 6, 12);

	static final LocalDate DECEMBER = LocalDate.of(2024, 12, 3);

	@Test
	void supportingThenContradictingIsAChange() {
		StanceTaken june = taken(1, 10, Stance.SUPPORTS, JUNE);
		StanceTaken december = taken(2, 10, Stance.CONTRADICTS, DECEMBER);
		assertThat(PositionChanges.of(List.of(december, june))).containsExactly(new PositionChange(june, december));
	}

	@Test
	void contradictingThenSupportingIsAChange() {
		StanceTaken june = taken(5, 10, Stance.CONTRADICTS, JUNE);
		StanceTaken december = taken(3, 10, Stance.SUPPORTS, DECEMBER);
		List<PositionChange> changes = PositionChanges.of(List.of(june, december));
		assertThat(changes).containsExactly(new PositionChange(june, december));
		assertThat(changes.get(0).sameDay()).isFalse();
	}

	@Test
	void takingTheSameStanceAgainIsNoChange() {
		assertThat(PositionChanges.of(List.of(taken(1, 10, Stance.SUPPORTS, JUNE),
				taken(2, 10, Stance.SUPPORTS, DECEMBER), taken(3, 10, Stance.SUPPORTS, DECEMBER.plusDays(1)))))
			.isEmpty();
		assertThat(PositionChanges
			.of(List.of(taken(1, 10, Stance.CONTRADICTS, JUNE), taken(2, 10, Stance.CONTRADICTS, DECEMBER)))).isEmpty();
	}

	@Test
	void theEarlierQuoteIsTheLastOneBeforeTheChange() {
		StanceTaken first = taken(1, 10, Stance.SUPPORTS, JUNE);
		StanceTaken again = taken(2, 10, Stance.SUPPORTS, JUNE.plusMonths(2));
		StanceTaken turn = taken(3, 10, Stance.CONTRADICTS, DECEMBER);
		StanceTaken back = taken(4, 10, Stance.SUPPORTS, DECEMBER.plusMonths(1));
		assertThat(PositionChanges.of(List.of(back, first, turn, again)))
			.containsExactly(new PositionChange(again, turn), new PositionChange(turn, back));
	}

	@Test
	void stancesOnOtherClaimsAreNoChange() {
		assertThat(PositionChanges
			.of(List.of(taken(1, 10, Stance.SUPPORTS, JUNE), taken(2, 11, Stance.CONTRADICTS, DECEMBER)))).isEmpty();
	}

	@Test
	void onOneDayTheQuoteRecordedFirstComesFirstWhateverTheInputOrder() {
		StanceTaken earlier = taken(7, 10, Stance.CONTRADICTS, JUNE);
		StanceTaken later = taken(8, 10, Stance.SUPPORTS, JUNE);
		List<StanceTaken> stances = new ArrayList<>(List.of(later, earlier, taken(9, 11, Stance.SUPPORTS, JUNE)));
		for (int i = 0; i < 3; i++) {
			Collections.rotate(stances, 1);
			List<PositionChange> changes = PositionChanges.of(stances);
			assertThat(changes).containsExactly(new PositionChange(earlier, later));
			assertThat(changes.get(0).sameDay()).isTrue();
		}
	}

	@Test
	void changesComeInTheOrderTheyWereMade() {
		StanceTaken a1 = taken(1, 20, Stance.SUPPORTS, JUNE);
		StanceTaken b1 = taken(2, 10, Stance.CONTRADICTS, JUNE.plusDays(1));
		StanceTaken b2 = taken(3, 10, Stance.SUPPORTS, JUNE.plusDays(2));
		StanceTaken a2 = taken(4, 20, Stance.CONTRADICTS, DECEMBER);
		assertThat(PositionChanges.of(List.of(a2, b2, a1, b1))).containsExactly(new PositionChange(b1, b2),
				new PositionChange(a1, a2));
	}

	@Test
	void noStancesNoChanges() {
		assertThat(PositionChanges.of(List.of())).isEmpty();
	}

	private static StanceTaken taken(long quote, long claim, Stance stance, LocalDate on) {
		return new StanceTaken(quote, claim, "Claim " + claim, stance, on);
	}

}
