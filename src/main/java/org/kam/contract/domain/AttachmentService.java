package org.kam.contract.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.kam.account.AccountApi;
import org.kam.identity.CurrentUser;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.VersionedWrites;
import org.kam.storage.FileStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a contract. Whoever may read the account downloads them, whoever may edit
 * it uploads and removes them. A file is accepted for what its bytes are (see
 * {@link FileSniffer}), within the size limit; the client's name for it is kept only as a
 * display name.
 */
@Service
public class AttachmentService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = "contract-attachments";

	private static final String ATTACHMENT = "Attachment";

	private static final int MAX_NAME = 200;

	private final Attachments attachments;

	private final ContractService contracts;

	private final AccountApi accounts;

	private final FileStorage storage;

	private final AttachmentProperties properties;

	private final Clock clock;

	private final RecordEvents events;

	AttachmentService(RecordEvents events, Attachments attachments, ContractService contracts, AccountApi accounts,
			FileStorage storage, AttachmentProperties properties, Clock clock) {
		this.attachments = attachments;
		this.events = events;
		this.contracts = contracts;
		this.accounts = accounts;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Attachment> list(long accountId, long contractId, PageQuery page, CurrentUser user) {
		accounts.readable(accountId, user);
		contracts.find(accountId, contractId);
		return new PageResult<>(attachments.page(accountId, contractId, page), page.page(), page.size(),
				attachments.count(accountId, contractId));
	}

	@Transactional(readOnly = true)
	public Attachment get(long accountId, long contractId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		contracts.find(accountId, contractId);
		return attachments.find(accountId, contractId, id).orElseThrow(() -> new NotFoundException(ATTACHMENT, id));
	}

	/**
	 * The attachment's bytes, for someone who may read the account; the caller closes the
	 * stream.
	 */
	public InputStream open(Attachment attachment) {
		try {
			return storage.open(attachment.storageKey());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The file of attachment " + attachment.id() + " cannot be read", e);
		}
	}

	@Transactional
	public Attachment upload(long accountId, long contractId, MultipartFile file, CurrentUser user) {
		accounts.editable(accountId, user);
		contracts.find(accountId, contractId);
		FileKind kind = checked(file);
		String name = displayName(file.getOriginalFilename(), kind);
		checkNamed(name, kind);
		String key = "contracts/" + accountId + "/" + UUID.randomUUID();
		try (InputStream in = file.getInputStream()) {
			long size = storage.store(key, in);
			long id = attachments.insert(accountId, contractId, name, kind, size, key, user.id(),
					OffsetDateTime.now(clock));
			Attachment created = attachments.find(accountId, contractId, id).orElseThrow();
			events.created(KIND, id, accountId, user.id(), created);
			return created;
		}
		catch (IOException | RuntimeException e) {
			forget(key);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UncheckedIOException("The file could not be stored", (IOException) e);
		}
	}

	@Transactional
	public void delete(long accountId, long contractId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		contracts.find(accountId, contractId);
		Attachment before = VersionedWrites.deleted(attachments.find(accountId, contractId, id),
				() -> attachments.softDelete(accountId, contractId, id, user.id(), OffsetDateTime.now(clock)),
				ATTACHMENT, id);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	public AttachmentProperties limits() {
		return properties;
	}

	private FileKind checked(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "contract.attachment.empty", "choose a file that is not empty");
		}
		if (file.getSize() > properties.maxSize().toBytes()) {
			throw new AttachmentTooLargeException(properties.maxSize());
		}
		Optional<FileKind> kind;
		try {
			kind = FileSniffer.sniff(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The uploaded file cannot be read", e);
		}
		if (kind.isEmpty() || !properties.allowed().contains(kind.get())) {
			String allowed = String.join(", ", properties.allowedTypes().stream().map(Enum::name).toList());
			throw new InvalidInputException("file", "contract.attachment.type",
					"is not an accepted kind of file (" + allowed + "); the content decides, not the name", allowed);
		}
		return kind.get();
	}

	/**
	 * A name whose extension says another kind than the bytes is refused: a text file
	 * named {@code .pdf} would be kept, listed and downloaded as a PDF that no reader
	 * opens. A name without an extension says nothing and is kept.
	 */
	static void checkNamed(String name, FileKind kind) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!extension.isEmpty() && !kind.isNamedBy(extension)) {
			throw new InvalidInputException(
					"file", "contract.attachment.extension", "is a " + kind.name() + " file but its name ends in ."
							+ extension + "; rename it to ." + kind.extension() + " or choose the right file",
					kind.name(), extension, kind.extension());
		}
	}

	/**
	 * The client's file name without any path, control characters or excess length; a
	 * missing name becomes "attachment" with the extension of what the file is.
	 */
	static String displayName(String original, FileKind kind) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "attachment." + kind.extension();
		}
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

	private void forget(String key) {
		try {
			storage.delete(key);
		}
		catch (IOException | RuntimeException ignored) {
			// the file is orphaned: no row points at it, nobody can reach it
		}
	}

}
