package org.claimtracker.editor;

import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.claimtracker.article.ArticleView;
import org.claimtracker.common.StaleEditException;
import org.springframework.http.HttpStatus;

/**
 * Where an editor's save that lost to someone else's becomes the 409 page. The service
 * refused it with a {@link StaleEditException} and changed nothing; the page shows what
 * is saved now beside what this editor asked for, to start again from. Each page says how
 * it shows the two versions; the handlers call this rather than leave it to an exception
 * handler, which could not see the editor's form.
 */
final class EditConflicts {

	private EditConflicts() {
	}

	/**
	 * Runs the save and answers the page it leads to; when someone else saved first,
	 * answers 409 with the page {@code bothVersions} makes.
	 */
	static String save(Supplier<String> save, HttpServletResponse response, Supplier<String> bothVersions) {
		try {
			return save.get();
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return bothVersions.get();
		}
	}

	/**
	 * Saves a part of an article from the version the form was made from. A newer version
	 * whose part is still the one the form showed (another part was edited since, or the
	 * article was published) is no conflict: the save applies to it.
	 */
	static <T> T saveArticlePart(int version, IntFunction<T> save, Supplier<ArticleView> current,
			Predicate<ArticleView> unchanged) {
		try {
			return save.apply(version);
		}
		catch (StaleEditException ex) {
			ArticleView now = current.get();
			if (!unchanged.test(now)) {
				throw ex;
			}
			return save.apply(now.version());
		}
	}

}
