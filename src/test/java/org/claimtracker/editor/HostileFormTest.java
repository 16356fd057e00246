package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every field of every form, in turn, set to a value no form sends: each answer is a page
 * or a refusal (2xx, 3xx or 4xx), never a server error. Rolled back after each form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileFormTest {

	static final List<String> VALUES = List.of("abc", "\u0000", "a\u0000b", "-1", "99999999999999999999", "1.5", "",
			"-5000-01-01", "+10000-01-01", "2020-13-45", "BOGUS", "🙂", "\uD800", "x".repeat(30_000),
			"<script>alert(1)</script>");

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	/**
	 * Each form: its address and a valid value for each field ({ids} stand for rows the
	 * test makes).
	 */
	static Stream<String> forms() {
		return Stream.of("/editor/claims?statement=Taxes rose.&kind=POSITION&subjectId={person}&topicIds={topic}",
				"/editor/claims/{claim}?statement=Taxes rose.&kind=POSITION&subjectId={person}&topicIds={topic}&version=0",
				"/editor/articles?title=T&outlet=O&byline=B&publishedOn=2024-01-01&url=https://example.org/a&body=B&format=PLAIN",
				"/editor/articles/{article}/quotes?exact=Ossoff&start=0&end=6&occurrence=0&speakerId={person}"
						+ "&newSpeaker=&newSpeakerParty=&kind=DIRECT&saidOn=2020-12-30&context=c",
				"/editor/articles/{article}/appearances?exact=Ossoff&start=0&end=6&occurrence=0&claimId={claim}",
				"/editor/articles/{article}/body?body=Text.&version=0",
				"/editor/articles/{article}/details?title=T&outlet=O&byline=B&publishedOn=2024-01-01"
						+ "&url=https://example.org/a&version=0",
				"/editor/quotes/{quote}/evidence?claimId={claim}&stance=SUPPORTS&rationale=r",
				"/editor/quotes/{quote}/evidence/{evidence}?claimId={claim}&stance=SUPPORTS&rationale=r&version=0",
				"/editor/quotes/{quote}?speakerId={person}&kind=PARAPHRASE&saidOn=2020-12-30&context=c&version=0",
				"/editor/quotes/{quote}/anchor?exact=Ossoff&start=0&end=6&version=0",
				"/editor/appearances/{appearance}/anchor?exact=Ossoff&start=0&end=6&version=0",
				"/editor/people/{person}?name={name}&party=Democratic&description=d&version=0",
				"/editor/articles/{article}/review/accept?key=k&start=0&end=6&exact=Ossoff&kind=DIRECT"
						+ "&speakerId={person}&newSpeaker=&newRole=Sheriff&newParty=Democratic&confirm=true",
				"/editor/articles/{article}/review/link?quoteId={quote}&claimId={claim}&stance=SUPPORTS&rationale=r",
				"/editor/articles/{article}/review/claim?quoteId={quote}&statement=s&kind=FACTUAL&stance=SUPPORTS"
						+ "&rationale=r",
				"/editor/account/tokens?name=importer",
				"/admin/accounts?username=newbie&password=a long password&role=EDITOR",
				"/admin/accounts/1/enabled?enabled=true");
	}

	@ParameterizedTest
	@MethodSource("forms")
	void noValueOfAnyFieldIsAServerError(String form) throws Exception {
		String address = ids(form);
		String path = address.substring(0, address.indexOf('?'));
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
			fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		List<String> errors = new ArrayList<>();
		for (String field : fields.keySet()) {
			for (String value : VALUES) {
				MockHttpServletRequestBuilder request = post(path).with(csrf())
					.with(user("chief").roles("ADMIN", "EDITOR"));
				fields.forEach((name, valid) -> request.param(name, name.equals(field) ? value : valid));
				int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
				if (status >= 500) {
					errors.add(field + "=" + value.substring(0, Math.min(20, value.length())) + " → " + status);
				}
			}
		}
		assertThat(errors).as(path).isEmpty();
	}

	private String ids(String form) {
		String name = this.make.unique("Hostile Speaker");
		long person = this.make.person(name);
		long claim = this.make.claim(this.make.unique("Ossoff opposes the county's plan"));
		long topic = this.make.topic(this.make.unique("Hostile topic"));
		Fixtures.Article article = this.make.article("Ossoff said federal immigration law must be enforced.");
		long quote = article.quote("federal immigration law", person);
		long evidence = this.make.evidence(quote, claim, Stance.SUPPORTS);
		long appearance = article.appearance(claim, "immigration law must be enforced");
		return form.replace("{person}", Long.toString(person))
			.replace("{name}", name)
			.replace("{topic}", Long.toString(topic))
			.replace("{claim}", Long.toString(claim))
			.replace("{article}", Long.toString(article.id()))
			.replace("{quote}", Long.toString(quote))
			.replace("{evidence}", Long.toString(evidence))
			.replace("{appearance}", Long.toString(appearance));
	}

}
