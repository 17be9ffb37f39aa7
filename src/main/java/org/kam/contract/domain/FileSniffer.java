package org.kam.contract.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.core.io.InputStreamSource;

/**
 * Tells what a file is from its bytes (magic numbers), never from its name or the type a
 * client claims: a renamed program stays a program. Office documents are ZIP archives
 * that hold {@code [Content_Types].xml}; the folder of the main part tells a Word file
 * ({@code word/}) from an Excel file ({@code xl/}). Text must be valid UTF-8 without
 * control characters other than tab, line feed, carriage return and form feed.
 */
final class FileSniffer {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	/** An Office document has a few dozen parts; a ZIP bomb of entries stops here. */
	private static final int MAX_ZIP_ENTRIES = 10_000;

	private FileSniffer() {
	}

	/** The kind of file, or empty when it is none of the kinds KAM knows. */
	static Optional<FileKind> sniff(InputStreamSource source) throws IOException {
		byte[] head;
		try (InputStream in = source.getInputStream()) {
			head = in.readNBytes(8);
		}
		if (startsWith(head, PDF)) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(head, PNG)) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(head, JPEG)) {
			return Optional.of(FileKind.JPEG);
		}
		if (startsWith(head, ZIP)) {
			return office(source);
		}
		return isText(source) ? Optional.of(FileKind.TEXT) : Optional.empty();
	}

	private static Optional<FileKind> office(InputStreamSource source) throws IOException {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		try (ZipInputStream zip = new ZipInputStream(source.getInputStream())) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
			}
		}
		catch (ZipException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (!contentTypes || word == excel) {
			return Optional.empty();
		}
		return Optional.of(word ? FileKind.DOCX : FileKind.XLSX);
	}

	private static boolean isText(InputStreamSource source) throws IOException {
		try (Reader reader = new InputStreamReader(source.getInputStream(),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			char[] buffer = new char[8192];
			int read;
			while ((read = reader.read(buffer)) >= 0) {
				for (int i = 0; i < read; i++) {
					char c = buffer[i];
					if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
						return false;
					}
				}
			}
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
