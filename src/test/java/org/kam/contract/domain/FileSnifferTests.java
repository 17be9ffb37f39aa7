package org.kam.contract.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kam.contract.Files;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file is, from its bytes alone. */
class FileSnifferTests {

	@Test
	void recognisesTheAcceptedKinds() throws IOException {
		assertThat(sniff(Files.PDF)).contains(FileKind.PDF);
		assertThat(sniff(Files.PNG)).contains(FileKind.PNG);
		assertThat(sniff(Files.JPEG)).contains(FileKind.JPEG);
		assertThat(sniff(Files.docx())).contains(FileKind.DOCX);
		assertThat(sniff(Files.xlsx())).contains(FileKind.XLSX);
		assertThat(sniff(Files.TEXT)).contains(FileKind.TEXT);
		assertThat(sniff("\uFEFFwith a byte order mark\r\n\tand tabs".getBytes(StandardCharsets.UTF_8)))
			.contains(FileKind.TEXT);
	}

	@Test
	void refusesEverythingElse() throws IOException {
		assertThat(sniff(Files.EXE)).isEmpty();
		assertThat(sniff(Files.plainZip())).as("a ZIP without [Content_Types].xml").isEmpty();
		assertThat(sniff(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).as("a broken ZIP").isEmpty();
		assertThat(sniff("<html>\u0000</html>".getBytes(StandardCharsets.UTF_8))).as("a NUL in text").isEmpty();
		assertThat(sniff(new byte[] { 'a', (byte) 0xC3, '(' })).as("not UTF-8").isEmpty();
		assertThat(sniff(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 })).as("a Linux program").isEmpty();
	}

	@Test
	void displayNamesLoseTheirPathAndControlCharacters() {
		assertThat(AttachmentService.displayName("C:\\Users\\me\\合同.pdf", FileKind.PDF)).isEqualTo("合同.pdf");
		assertThat(AttachmentService.displayName("../../x\u0000y\".txt", FileKind.TEXT)).isEqualTo("xy.txt");
		assertThat(AttachmentService.displayName(null, FileKind.PNG)).isEqualTo("attachment.png");
		assertThat(AttachmentService.displayName("dir/", FileKind.JPEG)).isEqualTo("attachment.jpg");
		assertThat(AttachmentService.displayName("a".repeat(300) + ".pdf", FileKind.PDF)).hasSize(200).endsWith(".pdf");
	}

	private static Optional<FileKind> sniff(byte[] bytes) throws IOException {
		return FileSniffer.sniff(new ByteArrayResource(bytes));
	}

}
