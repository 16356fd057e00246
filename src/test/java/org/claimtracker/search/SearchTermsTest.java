package org.claimtracker.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

	@Test
	void wordsAreRequiredTogether() {
		SearchTerms terms = SearchTerms.parse("Border  Security");
		assertThat(terms.tsquery()).isEqualTo("'border' & 'security'");
		assertThat(terms.clauses()).hasSize(2);
		assertThat(terms.hasRequiredTerm()).isTrue();
	}

	@Test
	void quotedWordsAreAPhrase() {
		assertThat(SearchTerms.parse("\"law enforcement\" local").tsquery())
			.isEqualTo("('law' <-> 'enforcement') & 'local'");
		assertThat(SearchTerms.parse("“path to legal status”").tsquery())
			.isEqualTo("('path' <-> 'to' <-> 'legal' <-> 'status')");
	}

	@Test
	void unbalancedQuoteRunsToTheEnd() {
		assertThat(SearchTerms.parse("amnesty \"illegal aliens").tsquery())
			.isEqualTo("'amnesty' & ('illegal' <-> 'aliens')");
	}

	@Test
	void orJoinsAlternatives() {
		assertThat(SearchTerms.parse("amnesty or bipartisan reform").tsquery())
			.isEqualTo("('amnesty' | 'bipartisan') & 'reform'");
		assertThat(SearchTerms.parse("a OR b | c").tsquery()).isEqualTo("('a' | 'b' | 'c')");
	}

	@Test
	void minusExcludes() {
		SearchTerms terms = SearchTerms.parse("immigration -reform -\"top goals\"");
		assertThat(terms.tsquery()).isEqualTo("'immigration' & !'reform' & !('top' <-> 'goals')");
		assertThat(terms.highlightTsquery()).isEqualTo("'immigration'");
	}

	@Test
	void phrasesAreToldApartFromWords() {
		assertThat(SearchTerms.parse("\"health care\" costs").hasPhrase()).isTrue();
		assertThat(SearchTerms.parse("health or \"health care\"").hasPhrase()).isTrue();
		assertThat(SearchTerms.parse("health care -\"top goals\"").hasPhrase()).isFalse();
	}

	@Test
	void onlyExclusionsRequireNothing() {
		assertThat(SearchTerms.parse("-reform").hasRequiredTerm()).isFalse();
	}

	@Test
	void apostrophesFoldAndPunctuationSplits() {
		assertThat(SearchTerms.parse("here’s").tsquery()).isEqualTo("'heres'");
		assertThat(SearchTerms.parse("here's").tsquery()).isEqualTo("'heres'");
		assertThat(SearchTerms.parse("287(g)").tsquery()).isEqualTo("('287' <-> 'g')");
	}

	@Test
	void singlePlainWordsMayBeNames() {
		List<SearchTerms.Clause> clauses = SearchTerms.parse("Osoff \"a b\" -c d or e").clauses();
		assertThat(clauses.stream().map(SearchTerms.Clause::singleWord)).containsExactly(true, false, false, false);
	}

	@Test
	void longQueriesAreShortened() {
		SearchTerms terms = SearchTerms.parse("word ".repeat(2000));
		assertThat(terms.clauses()).hasSize(SearchTerms.MAX_TERMS);
		assertThat(terms.shortened()).isTrue();
		assertThat(SearchTerms.parse("x".repeat(10_000)).tsquery()).hasSize(SearchTerms.MAX_WORD + 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\"", "\"\"", "-", "--", "or", "OR or", "|", "!", "&", "<->", "()", ":*",
			"'); drop table quote; --", "\u0000\u0001\u001f", "🙂🙃", "\\", "'''", "-\"\"", "a:* & !b" })
	void hostileTextYieldsOnlyLettersDigitsAndOperators(String query) {
		String tsquery = SearchTerms.parse(query).tsquery();
		assertThat(tsquery).matches("[\\p{L}\\p{N}\\p{Mn}' &|!()<\\->]*");
		// every lexeme is quoted and holds letters or digits only
		assertThat(tsquery.replaceAll("'[\\p{L}\\p{N}\\p{Mn}]+'", "")).doesNotContain("'");
	}

	@Test
	void sqlInAQueryIsJustWords() {
		assertThat(SearchTerms.parse("'); drop table quote; --").tsquery()).isEqualTo("'drop' & 'table' & 'quote'");
	}

}
