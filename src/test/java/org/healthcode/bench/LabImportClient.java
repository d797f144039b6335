package org.healthcode.bench;

import java.net.http.HttpRequest;
import java.time.Duration;

import org.healthcode.support.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * A lab as a user drives the import: uploads a CSV file and polls its job until done.
 */
final class LabImportClient {

	private final ApiClient api;

	private final String lab;

	LabImportClient(ApiClient api, String lab) {
		this.api = api;
		this.lab = lab;
	}

	Started start(byte[] file) {
		return new Started(this.api
			.send(this.api.request("/api/v1/lab/results/import", this.lab)
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofByteArray(file)))
			.expectStatus(202)
			.json()
			.get("jobId")
			.asString());
	}

	JsonNode importAndWait(byte[] file, Duration deadline) {
		return await(start(file).jobId(), deadline);
	}

	JsonNode job(String jobId) {
		return this.api.get("/api/v1/lab/imports/" + jobId, this.lab).expectStatus(200).json();
	}

	/** The job once DONE, polled every 50 ms. */
	JsonNode await(String jobId, Duration deadline) {
		long until = System.nanoTime() + deadline.toNanos();
		while (true) {
			JsonNode job = job(jobId);
			if ("DONE".equals(job.get("state").asString())) {
				return job;
			}
			if (System.nanoTime() > until) {
				throw new IllegalStateException("import " + jobId + " not done after " + deadline + ": " + job);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	record Started(String jobId) {
	}

}
