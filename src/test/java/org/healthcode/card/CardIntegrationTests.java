package org.healthcode.card;

import java.io.IOException;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.CardQr;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Printed resident cards over HTTP: an ID-card-size PDF with the masked name and a QR
 * code whose token the gate resolves to the person; reprinting revokes the card before;
 * only the resident's own companions; a card is no venue code. Renderings are kept under
 * target/cards.
 */
@IntegrationTest
class CardIntegrationTests {

	private static final Path OUT = Path.of("target", "cards");

	@LocalServerPort
	int port;

	@Autowired
	Cards cards;

	@Autowired
	PersonService persons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() throws IOException {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		Files.createDirectories(OUT);
	}

	@Test
	void aResidentsCardIsIdCardSizedWithTheMaskedNameAndAQrCodeTheGateResolvesToThem() throws Exception {
		Resident resident = this.people.registeredResident("王小明");

		Response pdf = this.api.get("/api/v1/me/card.pdf", resident.token()).expectStatus(200);

		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(pdf.header("Cache-Control")).contains("no-store");
		Files.write(OUT.resolve("card.pdf"), pdf.body());
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage page = document.getPage(0);
			assertThat(page.getMediaBox().getWidth() / 72 * 25.4).isCloseTo(85.6,
					org.assertj.core.data.Offset.offset(0.1));
			assertThat(page.getMediaBox().getHeight() / 72 * 25.4).isCloseTo(54,
					org.assertj.core.data.Offset.offset(0.1));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("居民码卡", "Resident card", "王*明").doesNotContain("王小明", resident.idNumber());
			assertThat(text).containsPattern("卡号 \\d{10}");
		}
		String token = CardQr.read(pdf.body(), "card");

		assertThat(this.cards.resolve(token)).isEqualTo(personOf(resident.idNumber()));
		assertThat(token).doesNotContain(resident.idNumber());
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where person_id = :person and action = 'CARD_ISSUED' and reason = 'CARD_SELF'")
			.param("person", personOf(resident.idNumber()).value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void printingAgainRevokesTheCardBefore() throws Exception {
		Resident resident = this.people.registeredResident("刘德华");
		String first = CardQr.read(this.api.get("/api/v1/me/card.pdf", resident.token()).expectStatus(200).body(),
				"first");
		String second = CardQr.read(this.api.get("/api/v1/me/card.pdf", resident.token()).expectStatus(200).body(),
				"second");

		assertThat(second).isNotEqualTo(first);
		assertThat(this.cards.resolve(second)).isEqualTo(personOf(resident.idNumber()));
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> this.cards.resolve(first))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("CARD_REVOKED"));
	}

	@Test
	void aCompanionsCardCarriesTheNameTheResidentGaveAndOnlyTheirResidentPrintsIt() throws Exception {
		Resident grandson = this.people.registeredResident("王小明");
		String grandmaId = TestData.idNumber();
		JsonNode grandma = this.people.companion(grandson, "李秀英", grandmaId);
		String path = "/api/v1/me/companions/" + grandma.get("id").asLong() + "/card.pdf";

		byte[] pdf = this.api.get(path, grandson.token()).expectStatus(200).body();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("李*英").doesNotContain("李秀英");
		}
		assertThat(this.cards.resolve(CardQr.read(pdf, "companion"))).isEqualTo(personOf(grandmaId));
		Resident stranger = this.people.registeredResident("陈小春");
		Response refused = this.api.get(path, stranger.token());
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemCode()).isEqualTo("COMPANION_NOT_FOUND");
		assertThat(this.api.get("/api/v1/me/companions/999999999/card.pdf", grandson.token()).status()).isEqualTo(404);
	}

	@Test
	void aCardIsNoVenueCodeAndAVenueCodeIsNoCard() throws Exception {
		Resident resident = this.people.registeredResident("张学友");
		String card = CardQr.read(this.api.get("/api/v1/me/card.pdf", resident.token()).expectStatus(200).body(),
				"scan");
		JsonNode venue = this.people.venue(resident, "卡不是场所码");

		Response scanned = this.api.post("/api/v1/checkins", Map.of("venueToken", card, "companionIds", List.of()),
				resident.token());

		assertThat(scanned.status()).isEqualTo(400);
		assertThat(scanned.problemCode()).isEqualTo("CARD_NOT_A_VENUE_CODE");
		assertThat(this.api.get("/api/v1/me/checkins", resident.token()).expectStatus(200).json().size()).isZero();
		assertThatExceptionOfType(HealthCodeException.class)
			.isThrownBy(() -> this.cards.resolve(venue.get("token").asString()))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("CARD_TOKEN_INVALID"));
		String forged = card.substring(0, card.length() - 3) + (card.endsWith("AAA") ? "QAA" : "AAA");
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> this.cards.resolve(forged))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("CARD_TOKEN_INVALID"));
	}

	@Test
	void thePagesLinkTheCardAndTheScanPageRefusesACardClearly() throws Exception {
		String phone = TestData.phone();
		String token = this.api.residentToken(phone);
		String companionId = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", "周杰伦", "idNumber", TestData.idNumber()), token)
			.expectStatus(200);
		long companion = this.people.companion(new Resident(token, "周杰伦", null), "周秀兰", companionId).get("id").asLong();
		PageSession page = new PageSession(this.port);
		// the same phone signs in to the pages a minute later (the SMS code interval)
		this.clock.advance(Duration.ofSeconds(61));
		try {
			page.loginResident(phone);
		}
		finally {
			this.clock.reset();
		}

		assertThat(page.get("/me/health-code").body()).contains("href=\"/me/card.pdf\"", "打印居民码卡");
		assertThat(page.get("/me/companions").body()).contains("href=\"/me/companions/" + companion + "/card.pdf\"");
		HttpResponse<String> pdf = page.get("/me/companions/" + companion + "/card.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");

		String card = CardQr.read(this.api.get("/api/v1/me/card.pdf", token).expectStatus(200).body(), "page");
		HttpResponse<String> scanned = page.get("/s/" + card);
		assertThat(scanned.statusCode()).isEqualTo(400);
		assertThat(scanned.body()).contains("这是居民码卡，不是场所码");
	}

	@Test
	void aResidentWithoutProfileGetsNoCard() {
		String token = this.api.residentToken(TestData.phone());
		Response refused = this.api.get("/api/v1/me/card.pdf", token);
		assertThat(refused.status()).isBetween(400, 499);
	}

	private PersonId personOf(String idNumber) {
		return this.persons.findByIdNumber(IdNumber.parse(idNumber, LocalDate.now())).orElseThrow().id();
	}

}
