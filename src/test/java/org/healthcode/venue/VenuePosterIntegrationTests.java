package org.healthcode.venue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import tools.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.healthcode.support.ApiClient;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posters carry exactly the scan URL: decoded back from the PNG and from the PDF page
 * rendered at 150 dpi. Renderings are kept under target/posters for a person to look at.
 */
@IntegrationTest
class VenuePosterIntegrationTests {

	private static final Path OUT = Path.of("target", "posters");

	private static final double DPI = 150;

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	String phone;

	String resident;

	@BeforeEach
	void setUp() throws IOException {
		this.api = new ApiClient(this.port);
		this.phone = TestData.phone();
		this.resident = this.api.residentToken(this.phone);
		Files.createDirectories(OUT);
	}

	@Test
	void thePngPosterIsA4At150DpiAndItsQrCodeIsTheScanUrl() throws IOException {
		JsonNode venue = apply(VenueRequests.restaurant(VenueRequests.uniqueName("泉城老味道餐馆")));

		Response png = this.api.get(path(venue) + "/poster.png", this.resident).expectStatus(200);

		assertThat(png.header("Content-Type")).isEqualTo("image/png");
		assertThat(png.header("Cache-Control")).contains("no-store");
		Files.write(OUT.resolve("poster.png"), png.body());
		BufferedImage image = QrImages.read(png.body());
		assertThat(image.getWidth()).isEqualTo(1240);
		assertThat(image.getHeight()).isEqualTo(1754);
		Result qr = QrImages.decode(image);
		assertThat(qr.getText()).isEqualTo(venue.get("scanUrl").asString());
		assertThat(qr.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("Q");
		// 6 cm at 150 dpi is 354 px; the finder centres alone are further apart than that
		assertThat(QrImages.finderDistance(qr)).isGreaterThan(6 / 2.54 * DPI);
	}

	@Test
	void thePdfPosterIsOneA4PageWithEmbeddedChineseTextAndTheScanUrlInItsQrCode() throws IOException {
		JsonNode venue = apply(VenueRequests.restaurant(VenueRequests.uniqueName("泉城老味道餐馆")));

		Response pdf = this.api.get(path(venue) + "/poster.pdf", this.resident).expectStatus(200);

		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		Files.write(OUT.resolve("poster.pdf"), pdf.body());
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage page = document.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			List<PDFont> fonts = new ArrayList<>();
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.isEmbedded()).isTrue();
				// a subset's name carries a six-letter tag: ABCDEF+WenQuanYiMicroHei
				assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
			});
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("场所码", "Venue code", venue.get("name").asString(), "山东省济南市历下区 泉城路 188 号",
					"请使用手机相机、微信或支付宝扫码登记", "Scan with your phone camera");
			BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, (float) DPI);
			ImageIO.write(rendered, "png", OUT.resolve("poster-pdf-150dpi.png").toFile());
			Result qr = QrImages.decode(rendered);
			assertThat(qr.getText()).isEqualTo(venue.get("scanUrl").asString());
			assertThat(QrImages.finderDistance(qr)).isGreaterThan(6 / 2.54 * DPI);
		}
		assertThat(pdf.body().length).isLessThan(300_000);
	}

	@Test
	void markupInTheNameIsJustPrintedAsText() throws IOException {
		Map<String, Object> request = VenueRequests.restaurant("<script>alert(1)</script>");
		request.put("address", VenueRequests.uniqueName("经十路"));
		JsonNode venue = apply(request);

		Response pdf = this.api.get(path(venue) + "/poster.pdf", this.resident).expectStatus(200);
		Response png = this.api.get(path(venue) + "/poster.png", this.resident).expectStatus(200);

		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("<script>alert(1)</script>");
		}
		Files.write(OUT.resolve("poster-markup.png"), png.body());
		assertThat(QrImages.decode(QrImages.read(png.body())).getText()).isEqualTo(venue.get("scanUrl").asString());
	}

	@Test
	void theLongestNameAndAddressStillLeaveALargeReadableCode() throws IOException {
		Map<String, Object> request = VenueRequests.restaurant("山东省济南市历下区泉城路步行街东段北侧老字号传统风味把子肉米饭快餐连锁经营第十八分店总店旗舰店第一号");
		String address = "泉城路一百八十八号恒隆广场购物中心负一层美食街东区第十二号商铺（近地铁一号线泉城广场站C出口）再往东走五十米右转即到";
		request.put("address", address + address.substring(0, 58) + "门口");
		JsonNode venue = apply(request);

		byte[] png = this.api.get(path(venue) + "/poster.png", this.resident).expectStatus(200).body();
		byte[] pdf = this.api.get(path(venue) + "/poster.pdf", this.resident).expectStatus(200).body();

		Files.write(OUT.resolve("poster-long.png"), png);
		assertThat(QrImages.decode(QrImages.read(png)).getText()).isEqualTo(venue.get("scanUrl").asString());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, (float) DPI);
			ImageIO.write(rendered, "png", OUT.resolve("poster-long-pdf-150dpi.png").toFile());
			Result qr = QrImages.decode(rendered);
			assertThat(qr.getText()).isEqualTo(venue.get("scanUrl").asString());
			assertThat(QrImages.finderDistance(qr)).isGreaterThan(6 / 2.54 * DPI);
		}
	}

	@Test
	void aRegeneratedPosterCarriesTheNewCode() {
		JsonNode venue = apply(VenueRequests.restaurant(VenueRequests.uniqueName("换码")));
		String newUrl = this.api.post(path(venue) + "/regenerate", Map.of(), this.resident)
			.json()
			.get("scanUrl")
			.asString();

		byte[] png = this.api.get(path(venue) + "/poster.png", this.resident).expectStatus(200).body();

		assertThat(newUrl).isNotEqualTo(venue.get("scanUrl").asString());
		assertThat(QrImages.decode(QrImages.read(png)).getText()).isEqualTo(newUrl);
	}

	@Test
	void thePosterPrintsTheDayItsCodeWasGeneratedAndARegeneratedCodeItsNewDay() throws IOException {
		JsonNode venue = apply(VenueRequests.restaurant(VenueRequests.uniqueName("生成日期")));
		String issued = day(venue.get("codeIssuedAt").asString());
		assertThat(pdfText(venue)).contains("生成日期 " + issued);

		this.clock.advance(Duration.ofDays(3));
		try {
			// the access token expired meanwhile: the same manager signs in again
			this.resident = this.api.residentToken(this.phone);
			JsonNode regenerated = this.api.post(path(venue) + "/regenerate", Map.of(), this.resident)
				.expectStatus(200)
				.json();
			String reissued = day(regenerated.get("codeIssuedAt").asString());
			assertThat(reissued).isNotEqualTo(issued);
			assertThat(pdfText(venue)).contains("生成日期 " + reissued).doesNotContain("生成日期 " + issued);
		}
		finally {
			this.clock.reset();
		}
	}

	private String pdfText(JsonNode venue) throws IOException {
		byte[] pdf = this.api.get(path(venue) + "/poster.pdf", this.resident).expectStatus(200).body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String day(String instant) {
		return Instant.parse(instant).atZone(DisplayZone.ZONE).toLocalDate().toString();
	}

	private JsonNode apply(Map<String, Object> request) {
		return this.api.post("/api/v1/venues", request, this.resident).expectStatus(201).json();
	}

	private static String path(JsonNode venue) {
		return "/api/v1/venues/" + venue.get("id").asLong();
	}

}
