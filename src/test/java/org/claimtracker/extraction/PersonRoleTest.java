package org.claimtracker.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person's role and party, as the article gives them where it writes out their
 * name.
 */
class PersonRoleTest {

	@Test
	void aTitleBeforeTheNameIsTheRole() {
		String body = "The sheriff spoke on Monday.\n\n“We will not do it,” Gwinnett County Sheriff Keybo Taylor said. "
				+ "“Not here,” Taylor added.";
		assertThat(PersonRole.in(body, "Keybo Taylor")).isEqualTo(new PersonRole("Gwinnett County Sheriff", null));
	}

	@Test
	void aLowercaseRoleAndWordsBetweenTitlesAreKept() {
		assertThat(PersonRole.in("White House deputy press secretary Eric Schultz said it was over.", "Eric Schultz")
			.title()).isEqualTo("White House deputy press secretary");
		assertThat(PersonRole.in("He met Senate Minority Leader Chuck Schumer on Friday.", "Chuck Schumer").title())
			.isEqualTo("Senate Minority Leader");
		assertThat(PersonRole.in("Then state Sen. Maria Delgado spoke.", "Maria Delgado").title())
			.isEqualTo("state Sen.");
	}

	@Test
	void aPartyWordGivesThePartyAndIsNoRole() {
		assertThat(PersonRole.in("“Not now,” Democrat Jon Ossoff said.", "Jon Ossoff"))
			.isEqualTo(new PersonRole(null, "Democratic"));
		assertThat(PersonRole.in("Republican Sen. Rand Paul said so.", "Rand Paul"))
			.isEqualTo(new PersonRole("Sen.", "Republican"));
	}

	@Test
	void aPartyTagAfterTheNameGivesTheParty() {
		assertThat(PersonRole.in("Sen. Rand Paul (R-Ky.) said so.", "Rand Paul"))
			.isEqualTo(new PersonRole("Sen.", "Republican"));
		assertThat(PersonRole.in("“No,” said Ann Lee, D-Ga., on Tuesday.", "Ann Lee"))
			.isEqualTo(new PersonRole(null, "Democratic"));
	}

	@Test
	void aLaterMentionFillsWhatTheFirstLeftOut() {
		String body = "“Not now,” Keybo Taylor said.\n\nDemocrat Keybo Taylor, the county's sheriff, spoke later. "
				+ "Gwinnett County Sheriff Keybo Taylor was clear.";
		assertThat(PersonRole.in(body, "Keybo Taylor"))
			.isEqualTo(new PersonRole("Gwinnett County Sheriff", "Democratic"));
	}

	@Test
	void wordsThatDoNotSayWhoThePersonIsAreNoRole() {
		assertThat(PersonRole.in("On Monday Keybo Taylor said no.", "Keybo Taylor")).isEqualTo(PersonRole.NONE);
		assertThat(PersonRole.in("“We will win,” said Keybo Taylor.", "Keybo Taylor")).isEqualTo(PersonRole.NONE);
		assertThat(PersonRole.in("It was late. Keybo Taylor spoke.", "Keybo Taylor")).isEqualTo(PersonRole.NONE);
		assertThat(PersonRole.in("Keybo Taylor spoke.", "Keybo Taylor")).isEqualTo(PersonRole.NONE);
		// a name inside a longer one is not theirs
		assertThat(PersonRole.in("Sheriff Keybo Taylors spoke.", "Keybo Taylor")).isEqualTo(PersonRole.NONE);
	}

}
