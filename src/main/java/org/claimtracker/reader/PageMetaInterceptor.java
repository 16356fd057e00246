package org.claimtracker.reader;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtracker.claim.Balance;
import org.claimtracker.pages.Pages;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.system.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives each reader's page its canonical address and, from the page it shows, its own
 * title and description for previews ({@link PageMeta}): an article, a claim, a quote
 * (its words, speaker and outlet), a person, a topic or a race. Pages without one of
 * these say what the site is.
 */
class PageMetaInterceptor implements HandlerInterceptor {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	PageMetaInterceptor(MessageSource messages, PublicUrl publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		page.addObject("canonical", canonical(request));
		PageMeta meta = meta(page.getModel().get("page"));
		if (meta != null) {
			page.addObject("meta", meta);
		}
	}

	/**
	 * The page's address on the public site: a search with its words and filters, any
	 * other page with its page number alone.
	 */
	private String canonical(HttpServletRequest request) {
		String address = this.publicUrl.of(request) + request.getRequestURI();
		if (request.getRequestURI().equals("/search") && request.getQueryString() != null) {
			return address + "?" + request.getQueryString();
		}
		String number = request.getParameter("page");
		return (number != null && number.matches("[2-9]|[1-9][0-9]+")) ? address + "?page=" + number : address;
	}

	private @Nullable PageMeta meta(@Nullable Object page) {
		if (page instanceof Pages.Article article) {
			return new PageMeta(article.article().title(), text("meta.article", article.article().outlet(),
					DATE.format(article.article().publishedOn()), article.quotes().size()), "article");
		}
		if (page instanceof Pages.Claim claim) {
			Balance balance = claim.balance();
			return new PageMeta(claim.claim().statement(),
					text("meta.claim", balance.supports(), balance.contradicts()), "article");
		}
		if (page instanceof Pages.Quote quote) {
			QuoteView q = quote.quote();
			return new PageMeta(text("quote.title." + q.kind(), q.speaker(), q.outlet()), preview(q), "article");
		}
		if (page instanceof Pages.Person person) {
			String about = (person.person().description() != null) ? person.person().description()
					: person.person().party();
			return new PageMeta(person.person().name(), text((about != null) ? "meta.person" : "meta.person.plain",
					person.person().name(), (about != null) ? about : "", person.quoteCount()), "profile");
		}
		if (page instanceof Pages.Topic topic) {
			return new PageMeta(topic.topic().name(), text("meta.topic", topic.topic().name()), "website");
		}
		if (page instanceof Pages.Race race) {
			return new PageMeta(race.race().name(), text("meta.race", race.race().name(), race.race().office()),
					"website");
		}
		return null;
	}

	/**
	 * The quote's words as a preview shows them: in quotation marks when they are all the
	 * speaker's, as the outlet's sentence when only its quoted words are, as the outlet's
	 * account when they are a paraphrase.
	 */
	private String preview(QuoteView quote) {
		return switch (quote.kind()) {
			case DIRECT -> text("meta.quote", quote.exact(), quote.speaker(), quote.outlet());
			// the outlet's sentence, the speaker's own words in its quotation marks
			case PARTIAL -> text("meta.quote.partial", quote.exact(), quote.speaker(), quote.outlet());
			case PARAPHRASE -> text("meta.quote.paraphrase", quote.outlet(), quote.speaker(), quote.exact());
		};
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
