package org.healthcode.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class AuditIntegrationTests {

	@Autowired
	AuditService audit;

	@Autowired
	PersonService persons;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReadOfPersonalDataIsRecordedWithTheTransactionThatReadIt() {
		PersonId person = newPerson();

		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new PersonalDataAccessed(person,
				"OFFICIAL", 7L, "TRAJECTORY_QUERIED", "CONTACT_TRACING", Instant.now())));

		assertThat(this.audit.forPerson(person.value(), 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("TRAJECTORY_QUERIED");
			assertThat(entry.actorRole()).isEqualTo("OFFICIAL");
			assertThat(entry.actorAccountId()).isEqualTo(7L);
			assertThat(entry.reason()).isEqualTo("CONTACT_TRACING");
		});
	}

	@Test
	void aRolledBackReadLeavesNoEntry() {
		PersonId person = newPerson();

		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new PersonalDataAccessed(person, "OFFICIAL", 7L, "TRAJECTORY_QUERIED",
					"CONTACT_TRACING", Instant.now()));
			status.setRollbackOnly();
		});

		assertThat(this.audit.forPerson(person.value(), 10)).isEmpty();
	}

	@Test
	void entriesCannotBeChangedOrDeleted() {
		PersonId person = newPerson();
		this.audit.record(Instant.now(), "ADMIN", 1L, "TEST_ENTRY", person.value(), null, null, null);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_event set action = 'NOTHING' where person_id = :person")
				.param("person", person.value())
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_event where person_id = :person")
				.param("person", person.value())
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate audit_event").update());
		assertThat(this.audit.forPerson(person.value(), 10)).extracting(AuditEntry::action)
			.containsExactly("TEST_ENTRY");
	}

	private PersonId newPerson() {
		return this.persons.findOrCreate(null, IdNumber.parse(TestData.idNumber(), LocalDate.now())).id();
	}

}
