package org.claimtracker.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patterns of real campaign coverage that the extractor used to get wrong, one test
 * for each, on sentences written for the purpose.
 */
class RealNewsPatternsTest {

	@Test
	void shortFragmentWithASourceIsAPartialQuote() {
		Proposal p = only("Governor Nadia Brandt called the budget “a disaster” on Tuesday.");
		assertThat(p.kind()).isEqualTo(Kind.PARTIAL);
		assertThat(p.exact()).isEqualTo("Governor Nadia Brandt called the budget “a disaster” on Tuesday.");
		assertThat(p.speaker().name()).isEqualTo("Nadia Brandt");
	}

	@Test
	void fragmentWithNoSourceStaysOut() {
		assertThat(QuoteExtractor.extract("The “reform” stalled in committee for a third year.")).isEmpty();
		assertThat(QuoteExtractor.extract("Ballots are a “problem” for the county, the audit found no answer."))
			.noneMatch((p) -> "Ballots".equals(p.speaker().name()));
	}

	@Test
	void midSentenceFragmentWhoseFrameIsNotASpeechVerb() {
		Proposal p = only("Mayor Dana Ortiz urged the council to allow more “flexibility” in the transit budget.");
		assertThat(p.kind()).isEqualTo(Kind.PARTIAL);
		assertThat(p.speaker().name()).isEqualTo("Dana Ortiz");
		assertThat(p.cue()).isEmpty();
	}

	@Test
	void fragmentSaidByTheNameDoingAParticiple() {
		Proposal p = only("Councillors were wary of the plan, with Sen. Ada Kline calling it a “blank check.”");
		assertThat(p.speaker().name()).isEqualTo("Ada Kline");
		assertThat(p.cue()).isEqualTo("calling");
	}

	@Test
	void laterFragmentsOfASentenceAreProposedOnTheirOwn() {
		List<Proposal> proposals = QuoteExtractor
			.extract("Senator Ruth Okafor said the plan was “too timid” and promised to “start over” in the spring.");
		assertThat(proposals).extracting(Proposal::kind).containsOnly(Kind.PARTIAL);
		assertThat(proposals).extracting(Proposal::exact).contains("start over");
		assertThat(proposals).allSatisfy((p) -> assertThat(p.speaker().name()).isEqualTo("Ruth Okafor"));
	}

	@Test
	void quotesIntroducedByAParticipleOrACoordinatedVerb() {
		String body = "Councilman Theo Lindqvist endorsed the levy on Monday, saying, “Our schools cannot wait.”\n\n"
				+ "Rep. Alma Reyes read the report and declared, “This settles it.”\n\n"
				+ "Commissioner Hugo Brandt went on to say, “The roads come first.”";
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).extracting(Proposal::exact)
			.containsExactly("Our schools cannot wait.", "This settles it.", "The roads come first.");
		assertThat(proposals).extracting(Proposal::kind).containsOnly(Kind.DIRECT);
		assertThat(proposals).extracting((p) -> p.speaker().name())
			.containsExactly("Theo Lindqvist", "Alma Reyes", "Hugo Brandt");
	}

	@Test
	void aDocumentCanIntroduceAQuote() {
		Speaker speaker = only("The email began, “Dear colleagues, the vote is off.”").speaker();
		assertThat(speaker.asWritten()).isEqualTo("The email");
		assertThat(speaker.name()).isNull();
	}

	@Test
	void organisationsAndDocumentsSpeakButAreNotPeople() {
		List<Proposal> proposals = QuoteExtractor.extract("“Growth slowed in most districts,” the Beige Book said.\n\n"
				+ "“Turnout was the highest since 1992,” according to the Secretary of State's office.\n\n"
				+ "“We do not comment on operations,” Immigration and Customs Enforcement said.");
		assertThat(proposals).hasSize(3);
		assertThat(proposals).allSatisfy((p) -> assertThat(p.speaker().name()).isNull());
		assertThat(proposals.get(0).speaker().asWritten()).isEqualTo("the Beige Book");
		assertThat(proposals.get(1).speaker().asWritten()).isEqualTo("the Secretary of State's office");
	}

	@Test
	void lowercaseRoleBeforeTheName() {
		Proposal p = only("“The governor has no plans to veto it,” deputy press secretary Omar Haddad said.");
		assertThat(p.speaker().name()).isEqualTo("Omar Haddad");
		assertThat(p.speaker().asWritten()).isEqualTo("deputy press secretary Omar Haddad");
		assertThat(only("“We are ahead,” vice presidential candidate Lorna Pike said.").speaker().name())
			.isEqualTo("Lorna Pike");
	}

	@Test
	void replyIntroducedWithAColon() {
		String body = "Reporters asked Senator Gil Amato about the leak.\n\n"
				+ "His spokeswoman, Ines Palmer, responded: “The senator has answered that.”";
		assertThat(only(body).speaker().name()).isEqualTo("Ines Palmer");
	}

	@Test
	void unknownSpeechVerbNamesItsSpeakerInsteadOfThePreviousOne() {
		String body = "“We will cut taxes,” Ellen Marsh said. “Not for everyone,” Victor Stahl interjected.";
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).extracting((p) -> p.speaker().name()).containsExactly("Ellen Marsh", "Victor Stahl");
		assertThat(proposals.get(1).cue()).isEqualTo("interjected");
	}

	@Test
	void describedSpeakerIsNotGivenANearbyName() {
		String body = "Ellen Marsh met Victor Stahl on Monday.\n\n"
				+ "“The bill is dead,” the Republican lawmaker told reporters afterward.";
		Speaker speaker = only(body).speaker();
		assertThat(speaker.name()).isNull();
		assertThat(speaker.asWritten()).isEqualTo("the Republican lawmaker");
	}

	@Test
	void oneAndAnotherAreUnnamedSources() {
		String body = "“The count is fair,” Clerk Rosa Imbert said.\n\n"
				+ "“It is a mess,” one said. “We will appeal,” said another.";
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).hasSize(3);
		assertThat(proposals.subList(1, 3)).allSatisfy((p) -> {
			assertThat(p.speaker().unnamed()).isTrue();
			assertThat(p.speaker().name()).isNull();
		});
	}

	@Test
	void heNeverResolvesToAnOrganisation() {
		String body = "Agents from Immigration and Customs Enforcement visited the jail on Monday.\n\n"
				+ "“We are reviewing the request,” he said.";
		assertThat(only(body).speaker().name()).isNull();
	}

	@Test
	void headlineWordsAreNotTakenIntoNames() {
		String body = "Donald Trump Says Wall Will Rise\n\n" + "“It will rise,” Trump said in Phoenix.";
		assertThat(only(body).speaker().name()).isEqualTo("Donald Trump");
		assertThat(QuoteExtractor.extract("“The review is over,” Department said."))
			.extracting((p) -> p.speaker().name())
			.containsOnlyNulls();
	}

	@Test
	void surnameLinksToTheFullNameAfterATitleAndAPlace() {
		String body = "Hall County Sheriff Dana Whitfield and Sheriff Frank Reynolds spoke to deputies.\n\n"
				+ "“We will not take part,” Whitfield said. “Neither will we,” Reynolds said.";
		assertThat(QuoteExtractor.extract(body)).extracting((p) -> p.speaker().name())
			.containsExactly("Dana Whitfield", "Frank Reynolds");
	}

	@Test
	void nameWithoutAVerbAfterTheQuote() {
		Proposal p = only("“We are ready for November,” Democrat Lena Marsh.");
		assertThat(p.speaker().name()).isEqualTo("Lena Marsh");
		assertThat(only("“She earned every vote.” ― Marta Quiroga").speaker().name()).isEqualTo("Marta Quiroga");
	}

	@Test
	void timeStampsAndListItemsAfterAColonAreNotBlockQuotes() {
		String body = "Here is how the night went, as Ortiz said:\n\n12:50 p.m.\n\n"
				+ "Ortiz listed her demands:\n\nMore buses.\n\nLonger library hours.";
		assertThat(QuoteExtractor.extract(body)).noneMatch(Proposal::block);
	}

	@Test
	void datelineInCapitalsIsNotASpeaker() {
		Proposal p = only("DENVER — The chair called the rules “unfair to everyone” on Sunday.");
		assertThat(p.speaker().name()).isNull();
		assertThat(p.speaker().asWritten()).doesNotContain("DENVER");
	}

	private static Proposal only(String body) {
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).as(proposals.toString()).hasSize(1);
		return proposals.get(0);
	}

}
