package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;

/**
 * A project's skills ({@code project.skills()}): Markdown instructions the agent loads when a turn needs
 * them. A skill's name comes from its front matter ({@code name:}), else its first {@code #} heading;
 * adding a skill replaces every skill of the same name.
 *
 * <pre>{@code
 * project.skills().add("""
 *     ---
 *     name: refunds
 *     description: How to handle a refund request
 *     ---
 *     # Refunds
 *     Ask for the order number first.
 *     """);
 * }</pre>
 */
public interface SkillService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	SkillService withOptions(RequestOptions options);

	/** @return the project's skills, in stored order */
	default List<SkillSummary> list() {
		return list(RequestOptions.none());
	}

	/**
	 * The project's skills, with options for this call.
	 * @param options the options
	 * @return the skills
	 */
	List<SkillSummary> list(RequestOptions options);

	/**
	 * One skill with its text.
	 * @param name the skill's exact name
	 * @return the skill
	 * @throws com.generalaugment.client.error.ApiErrorException 404 when the project or skill does not exist
	 */
	default Skill get(String name) {
		return get(name, RequestOptions.none());
	}

	/**
	 * One skill, with options for this call.
	 * @param name the skill's exact name
	 * @param options the options
	 * @return the skill
	 */
	Skill get(String name, RequestOptions options);

	/**
	 * Add a skill, replacing any of the same name.
	 * @param content the skill's Markdown, optionally with YAML front matter
	 * @return the skill as stored
	 * @throws IllegalArgumentException when the content is blank (nothing is sent)
	 */
	default Skill add(String content) {
		return add(content, RequestOptions.none());
	}

	/**
	 * Add a skill, with options for this call.
	 * @param content the skill's Markdown
	 * @param options the options
	 * @return the skill as stored
	 */
	Skill add(String content, RequestOptions options);

	/**
	 * Replace a skill's text. The stored name is the one the new text declares.
	 * @param name the skill's name
	 * @param content the new Markdown
	 * @return the skill as stored
	 */
	default Skill replace(String name, String content) {
		return replace(name, content, RequestOptions.none());
	}

	/**
	 * Replace a skill's text, with options for this call.
	 * @param name the skill's name
	 * @param content the new Markdown
	 * @param options the options
	 * @return the skill as stored
	 */
	Skill replace(String name, String content, RequestOptions options);

	/**
	 * Delete every skill of a name.
	 * @param name the skill's name
	 * @return the reply, status {@code deleted}
	 */
	default StatusReply delete(String name) {
		return delete(name, RequestOptions.none());
	}

	/**
	 * Delete a skill, with options for this call.
	 * @param name the skill's name
	 * @param options the options
	 * @return the reply
	 */
	StatusReply delete(String name, RequestOptions options);

}
