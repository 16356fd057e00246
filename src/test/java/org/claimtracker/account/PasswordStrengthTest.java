package org.claimtracker.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords that attackers try first are refused, each with the reason a person can act
 * on; passphrases and random strings pass.
 */
class PasswordStrengthTest {

	private final PasswordStrength strength = new PasswordStrength();

	@Test
	void commonPasswordsAreRefusedAsCommon() {
		assertThat(this.strength.weakness("password1234", "reporter")).isEqualTo("account.password.common");
		assertThat(this.strength.weakness("123456789012", "reporter")).isEqualTo("account.password.common");
		assertThat(this.strength.weakness("1qaz2wsx3edc", "reporter")).isEqualTo("account.password.common");
		assertThat(this.strength.weakness("Password1234", "reporter")).as("capitals hardly help")
			.isEqualTo("account.password.common");
	}

	@Test
	void repetitionsAndSequencesAreRefusedAsRepetitive() {
		assertThat(this.strength.weakness("aaaaaaaaaaaa", "reporter")).isEqualTo("account.password.repetitive");
		assertThat(this.strength.weakness("abcdefghijkl", "reporter")).isEqualTo("account.password.repetitive");
		// the estimator sees repeats only of up to four different characters: a longer
		// part said three times is as weak as the part said once
		assertThat(this.strength.weakness("weak4weak4weak4", "reporter")).isEqualTo("account.password.repetitive");
		assertThat(this.strength.weakness("Xq7#Xq7#Xq7#Xq7#", "reporter")).isEqualTo("account.password.repetitive");
	}

	@Test
	void theAccountsOrTheSitesNameIsRefusedAsPersonal() {
		assertThat(this.strength.weakness("weak4weak4weak4", "weak4")).isEqualTo("account.password.personal");
		assertThat(this.strength.weakness("weak4weak4weak4", "Weak4")).as("in any case")
			.isEqualTo("account.password.personal");
		assertThat(this.strength.weakness("the chief's long password", "chief")).isEqualTo("account.password.personal");
		assertThat(this.strength.weakness("claimtracker2024", "reporter")).isEqualTo("account.password.personal");
		// a name's parts are words of their own
		assertThat(this.strength.weakness("jane.doe jane.doe!", "jane.doe")).isEqualTo("account.password.personal");
		assertThat(this.strength.weakness("doe and jane 1984", "jane.doe")).isEqualTo("account.password.personal");
	}

	@Test
	void commonWordsNamesAndDatesAloneAreGuessable() {
		assertThat(this.strength.weakness("michaeljohnson", "reporter")).isEqualTo("account.password.guessable");
	}

	@Test
	void passphrasesAndRandomStringsPass() {
		assertThat(this.strength.weakness("a new password to remember", "forgetful")).isNull();
		assertThat(this.strength.weakness("copper kettle drifts north", "reporter")).isNull();
		assertThat(this.strength.weakness("Tr0ub4dor&3xyz", "reporter")).isNull();
		assertThat(this.strength.weakness("weak4weak4weak4", "other"))
			.as("a repeat is judged by its part, however named")
			.isNotNull();
		assertThat(this.strength.weakness(FirstAdmin.randomPassword(), "admin")).isNull();
		// what the account is called weakens only what contains it
		assertThat(this.strength.weakness("the chief's long password", "chief")).isNotNull();
		assertThat(this.strength.weakness("the chief's long password", "reporter")).isNull();
	}

	@Test
	void aShortNameIsNoWordOfItsOwn() {
		// two letters turn up in many passphrases by chance
		assertThat(this.strength.weakness("copper kettle drifts north", "ed")).isNull();
	}

}
