package org.healthcode.identity;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class PersonalDataProtectionIntegrationTests {

	@Autowired
	PiiCipher cipher;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void encryptionRoundTripsAndNeverRepeatsACiphertext() {
		byte[] first = this.cipher.encrypt(PiiField.NAME, "张小三");
		byte[] second = this.cipher.encrypt(PiiField.NAME, "张小三");

		assertThat(this.cipher.decrypt(PiiField.NAME, first)).isEqualTo("张小三");
		assertThat(first).isNotEqualTo(second);
		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("张小三");
	}

	@Test
	void ciphertextIsBoundToItsFieldAndToItsBytes() {
		byte[] phone = this.cipher.encrypt(PiiField.PHONE, "13812345678");
		byte[] tampered = phone.clone();
		tampered[tampered.length - 1] ^= 1;

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(PiiField.NAME, phone));
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(PiiField.PHONE, tampered));
	}

	@Test
	void blindIndexIsEqualForEqualValuesOnly() {
		IdNumber id = IdNumber.parse("370101190102039973", java.time.LocalDate.now());

		assertThat(this.blindIndex.of(id)).isEqualTo(this.blindIndex.of(PiiField.ID_NUMBER, "370101190102039973"))
			.isNotEqualTo(this.blindIndex.of(PiiField.ID_NUMBER, "440524188001010014"))
			.isNotEqualTo(this.blindIndex.of(PiiField.PHONE, "370101190102039973"))
			.hasSize(32);
	}

	@Test
	void phonesAreStoredOnlyEncryptedAndIndexed() {
		String phone = TestData.phone();
		new ApiClient(this.port).residentToken(phone);

		Map<String, Object> row = this.jdbc
			.sql("select phone_index, phone_cipher from resident_account where phone_index = :index")
			.param("index", this.blindIndex.of(PhoneNumber.parse(phone)))
			.query()
			.singleRow();

		byte[] stored = (byte[]) row.get("phone_cipher");
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(phone);
		assertThat(this.cipher.decrypt(PiiField.PHONE, stored)).isEqualTo(phone);
	}

}
