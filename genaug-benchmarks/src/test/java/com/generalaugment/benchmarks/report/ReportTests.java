package com.generalaugment.benchmarks.report;

import java.util.List;

import com.generalaugment.benchmarks.contenders.ContenderKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTests {

	@Test
	void callsTableShowsEachLaunchAgainstThePooledBaselineAndJudgesThePooledRatio() {
		Report report = new Report("## run");
		report.calls(List.of(
				new CallRow(ContenderKind.RAW, 1, 5_000, List.of(5_100.0, 4_900.0), 160, 350, 28_000, 200),
				new CallRow(ContenderKind.GENAUG, 1, 4_600, List.of(4_900.0, 4_300.0), 170, 370, 32_000, 215)));

		String markdown = report.markdown();

		assertThat(markdown).contains("| raw JDK HttpClient | 1 | 5,000 | 1.00x | 1.02x · 0.98x |")
			.contains("| genaug-client | 1 | 4,600 | 0.92x | 0.98x · 0.86x |")
			.contains("| client throughput, 1 thread | ≥ 0.90x raw | 0.92x | met |")
			.contains("| client allocation per call | ≤ 2.00x raw | 1.14x | met |");
	}

	@Test
	void streamsTableMarksAMissOnThePooledRatio() {
		Report report = new Report("## run");
		report.streams(List.of(new StreamRow(ContenderKind.RAW, 600_000, List.of(600_000.0), 400, 8_000, 1_800),
				new StreamRow(ContenderKind.GENAUG, 500_000, List.of(500_000.0), 420, 9_000, 1_900)), 2002);

		assertThat(report.markdown()).contains("| genaug-client | 500,000 | 0.83x | 0.83x |")
			.contains("| stream parsing | ≥ 0.90x raw events/s | 0.83x | **missed** |");
	}

}
