package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/v1/admin/projects/{id}/skills}: the SKILL.md texts a deploy sets, read and written. */
class SkillsRoutesTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String DEMO = "proj_mock_07b46dca9c05";

	private static final String SKILLS = "/api/v1/admin/projects/" + DEMO + "/skills";

	private static final String REFUNDS = """
            ---
            name: Refunds
            description: Handles refund requests
            version: 2
            tags: [billing, support]
            tools: [crm_lookup]
            owner: {team: care}
            ---
            # Ignored heading
            Ask for the order number.
            """;

	private static final String HEADING_ONLY = "Intro line\n## Héllo Wörld skill  \nBody\n";

	private static final String UNTITLED = "No heading at all.\n";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void deployedSkillsAreListedWithDerivedFieldsInStoredOrder() {
		deploy(REFUNDS, HEADING_ONLY, UNTITLED);

		JsonNode items = http.adminGet(SKILLS + "?limit=1").json().get("items");

		assertThat(items).extracting(item -> item.get("name").stringValue())
			.containsExactly("Refunds", "Héllo Wörld skill", "Untitled Skill");
		JsonNode refunds = items.get(0);
		assertThat(refunds.get("description").stringValue()).isEqualTo("Handles refund requests");
		assertThat(refunds.get("version").stringValue()).isEqualTo("2");
		assertThat(refunds.get("tags")).extracting(JsonNode::stringValue).containsExactly("billing", "support");
		assertThat(refunds.get("tools")).extracting(JsonNode::stringValue).containsExactly("crm_lookup");
		assertThat(refunds.get("path").stringValue()).isEqualTo("skills/refunds/SKILL.md");
		JsonNode heading = items.get(1);
		assertThat(heading.get("description").stringValue()).isEmpty();
		assertThat(heading.get("version").stringValue()).isEqualTo("1.0");
		assertThat(heading.get("tags").isEmpty()).isTrue();
		assertThat(heading.get("tools").isEmpty()).isTrue();
		assertThat(heading.get("path").stringValue()).isEqualTo("skills/h-llo-w-rld-skill/SKILL.md");
		assertThat(items.get(2).get("path").stringValue()).isEqualTo("skills/untitled-skill/SKILL.md");
	}

	@Test
	void getReturnsTheTextAndTheFrontMatterWithItsYamlTypes() {
		deploy(REFUNDS);

		JsonNode skill = http.adminGet(SKILLS + "/Refunds").json();

		assertThat(skill.get("name").stringValue()).isEqualTo("Refunds");
		assertThat(skill.get("content").stringValue()).isEqualTo(REFUNDS);
		assertThat(skill.at("/metadata/version").isInt()).isTrue();
		assertThat(skill.at("/metadata/version").intValue()).isEqualTo(2);
		assertThat(skill.at("/metadata/owner/team").stringValue()).isEqualTo("care");
		assertThat(skill.at("/metadata/tags/1").stringValue()).isEqualTo("support");
	}

	@Test
	void nameRulesFollowThePlatformMock() {
		deploy("---\nname: '  Spaced Name  '\n---\nbody", "---\n- not\n- a mapping\n---\n# From Heading\n",
				"Text\n---\nname: not front matter\n---\n", "#   \nempty heading", "---\nversion: 1.5\nname: ''\n---\n# Fallback",
				"#\u00e9\u00e9\n");

		JsonNode items = http.adminGet(SKILLS).json().get("items");

		assertThat(items).extracting(item -> item.get("name").stringValue())
			.containsExactly("Spaced Name", "From Heading", "Untitled Skill", "Untitled Skill", "Fallback", "\u00e9\u00e9");
		assertThat(items.get(4).get("version").stringValue()).isEqualTo("1.5");
		assertThat(items.get(5).get("path").stringValue()).isEqualTo("skills/skill/SKILL.md");
		assertThat(http.adminGet(SKILLS + "/From%20Heading").json().get("metadata").isEmpty()).isTrue();
	}

	@Test
	void postDropsEverySkillOfTheSameNameThenAppends() {
		deploy("# Alpha\nfirst", "# Beta\n", "# Alpha\nsecond");

		Reply written = http.adminPost(SKILLS, body("content", "---\nname: Alpha\n---\nthird"));

		assertThat(written.status()).isEqualTo(200);
		assertThat(written.json().get("name").stringValue()).isEqualTo("Alpha");
		assertThat(written.json().get("content").stringValue()).isEqualTo("---\nname: Alpha\n---\nthird");
		assertThat(written.json().at("/metadata/name").stringValue()).isEqualTo("Alpha");
		assertThat(http.adminGet(SKILLS).json().get("items")).extracting(item -> item.get("name").stringValue())
			.containsExactly("Beta", "Alpha");
		assertThat(http.adminGet(SKILLS + "/Alpha").json().get("content").stringValue()).endsWith("third");
	}

	@Test
	void putIgnoresThePathName() {
		deploy();

		JsonNode written = http.adminMethod("PUT", SKILLS + "/Whatever", body("content", "# Gamma\n")).json();

		assertThat(written.get("name").stringValue()).isEqualTo("Gamma");
		assertThat(http.adminGet(SKILLS + "/Gamma").status()).isEqualTo(200);
		assertThat(http.adminGet(SKILLS + "/Whatever").status()).isEqualTo(404);
	}

	@Test
	void writeWithoutContentIsInvalidRequest() {
		deploy();

		for (String json : new String[] {"{}", body("content", "   "), "{\"content\":null}"}) {
			Reply reply = http.adminPost(SKILLS, json);
			assertThat(reply.status()).as(json).isEqualTo(400);
			assertThat(reply.json().get("reason").stringValue()).isEqualTo("invalid_request");
			assertThat(reply.json().get("message").stringValue()).isEqualTo("Skill content is required.");
		}
		assertThat(http.adminMethod("PUT", SKILLS + "/x", "{}").status()).isEqualTo(400);
	}

	@Test
	void deleteRemovesEveryMatchAndUnknownNamesAreNotFound() {
		deploy("# Alpha\none", "# Beta\n", "# Alpha\ntwo");

		JsonNode deleted = http.adminDelete(SKILLS + "/Alpha").json();
		Reply again = http.adminDelete(SKILLS + "/Alpha");
		Reply missing = http.adminGet(SKILLS + "/Alpha");

		assertThat(deleted.get("status").stringValue()).isEqualTo("deleted");
		assertThat(deleted.get("name").stringValue()).isEqualTo("Alpha");
		assertThat(http.adminGet(SKILLS).json().get("items")).extracting(item -> item.get("name").stringValue())
			.containsExactly("Beta");
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.json().get("message").stringValue()).isEqualTo("Skill not found.");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("reason").stringValue()).isEqualTo("not_found");
		assertThat(missing.json().get("message").stringValue()).isEqualTo("Skill not found.");
	}

	@Test
	void everySkillRouteAnswersNotFoundForAnUnknownProject() {
		String unknown = "/api/v1/admin/projects/proj_nope/skills";

		for (Reply reply : new Reply[] {http.adminGet(unknown), http.adminGet(unknown + "/A"),
				http.adminPost(unknown, body("content", "# A")), http.adminMethod("PUT", unknown + "/A", body("content", "# A")),
				http.adminDelete(unknown + "/A")}) {
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.json().get("message").stringValue()).isEqualTo("Project not found.");
		}
	}

	@Test
	void runtimePolicyNamesFollowTheSkillTexts() {
		deploy(REFUNDS, HEADING_ONLY);
		http.adminPost(SKILLS, body("content", "# Gamma"));
		http.adminDelete(SKILLS + "/Refunds");

		JsonNode names = http.adminGet("/api/v1/admin/projects/" + DEMO + "/runtime-policy").json().at("/skills/names");

		assertThat(names).extracting(JsonNode::stringValue).containsExactly("Héllo Wörld skill", "Gamma");
	}

	@Test
	void redeployReplacesTheSkillsAndResetForgetsThem() {
		deploy("# Alpha");
		http.adminMethod("PUT", "/api/v1/admin/projects/" + DEMO + "/config", deployBody("# Beta"));
		assertThat(http.adminGet(SKILLS).json().get("items")).extracting(item -> item.get("name").stringValue())
			.containsExactly("Beta");

		http.raw("POST", "/__genaug/reset", null);

		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/skills").json().get("items").isEmpty()).isTrue();
		assertThat(http.adminGet(SKILLS).status()).isEqualTo(404);
	}

	private void deploy(String... skills) {
		Reply reply = http.adminPost("/api/v1/admin/projects/from-config", deployBody(skills));
		assertThat(reply.json().get("id").stringValue()).isEqualTo(DEMO);
	}

	private static String deployBody(String... skills) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("yaml_content", "metadata: {name: demo-app}\n");
		var array = body.putArray("skills");
		for (String skill : skills) {
			array.add(skill);
		}
		return body.toString();
	}

	private static String body(String field, String value) {
		return JsonNodeFactory.instance.objectNode().put(field, value).toString();
	}

}
