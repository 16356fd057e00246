package org.claimtracker.editor;

import java.util.List;
import java.util.Set;

import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimMatches;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.RatingService;
import org.claimtracker.claim.TopicService;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.TopicView;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The conflict page names the subject and topics an editor chose from the same lists that
 * its form offers: each is read once.
 */
class ClaimEditorControllerTest {

	final ClaimService claims = mock(ClaimService.class);

	final TopicService topics = mock(TopicService.class);

	final PersonService people = mock(PersonService.class);

	final RatingService ratings = mock(RatingService.class);

	final ClaimMatches matches = mock(ClaimMatches.class);

	@Test
	void aConflictReadsEveryoneAndTheTopicsOnce() {
		TopicView immigration = new TopicView(11, "immigration", "Immigration");
		ClaimView theirs = new ClaimView(7, "Theirs.", ClaimKind.POSITION, 1L, "Jon Ossoff", null, List.of(immigration),
				3, false);
		when(this.claims.claim(7)).thenReturn(theirs);
		when(this.claims.update(eq(7L), eq(2), any())).thenThrow(new StaleEditException("claim", theirs));
		when(this.topics.topics()).thenReturn(List.of(immigration, new TopicView(12, "policing", "Policing")));
		when(this.people.everyone()).thenReturn(List.of(new PersonView(1, "Jon Ossoff", null, null, 0, false),
				new PersonView(2, "David Perdue", null, null, 0, false)));
		ClaimForm mine = new ClaimForm("Mine.", ClaimKind.POSITION, 2L, Set.of(12L), 2);
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();

		String view = new ClaimEditorController(this.claims, this.topics, this.people, this.ratings, this.matches)
			.update(7, mine, new BeanPropertyBindingResult(mine, "form"), model, new RedirectAttributesModelMap(),
					response);

		assertThat(view).isEqualTo("editor/claim");
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(model.getAttribute("mineSubject")).isEqualTo("David Perdue");
		assertThat(model.getAttribute("mineTopics")).isEqualTo("Policing");
		assertThat(model.getAttribute("currentTopics")).isEqualTo("Immigration");
		assertThat((List<?>) model.getAttribute("people")).hasSize(2);
		verify(this.people, times(1)).everyone();
		verify(this.topics, times(1)).topics();
	}

}
