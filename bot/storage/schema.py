"""The database schema, as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a database has had. Opening a database applies
the missing ones in one transaction each, so an empty file becomes the current schema and an old
one is brought up to date. Never edit a migration that has shipped; append a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: questions and votes (issue 3), announcements, reminders and the unanswered inbox (issue 4)
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );

    -- One row per question an attendee asked. No user name or id: only what organizers need.
    CREATE TABLE questions (
        id         INTEGER PRIMARY KEY,
        question   TEXT NOT NULL,
        intent     TEXT,
        answered   INTEGER NOT NULL,
        confidence REAL NOT NULL,
        source     TEXT NOT NULL,          -- mention, dm, slash, ...
        at         TEXT NOT NULL,          -- UTC, see bot.storage.stamps
        handled_at TEXT                    -- an organizer marked it handled in /unanswered
    );
    CREATE INDEX questions_at ON questions(at);

    -- A voter is a salted hash of a Discord user id: enough to refuse a second vote, no more.
    CREATE TABLE votes (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        voter       TEXT NOT NULL,
        helpful     INTEGER NOT NULL,
        at          TEXT NOT NULL,
        PRIMARY KEY (question_id, voter)
    );

    -- Announcements (now or later) and deadline reminders: one row per post to make.
    CREATE TABLE announcements (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL DEFAULT 'announcement',  -- announcement | reminder
        key         TEXT UNIQUE,           -- reminders: what makes one unique; else NULL
        guild_id    INTEGER,
        channel_id  INTEGER NOT NULL,
        title       TEXT,
        message     TEXT NOT NULL,
        author      TEXT,                  -- the organizer's display name (shown in the post)
        role_id     INTEGER,               -- the one role to ping, if any
        due_at      TEXT NOT NULL,         -- when it should go out
        run_at      TEXT NOT NULL,         -- when the next try is (due_at, later after a failure)
        created_at  TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'pending',  -- pending sent failed cancelled missed
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        message_id  INTEGER,
        finished_at TEXT
    );
    CREATE INDEX announcements_next ON announcements(status, run_at);
    """,
    # 2: when the first try of a post began. A later try (after a crash, a lost answer from
    # Discord, or an organizer's retry) looks in the channel from then on before posting.
    """
    ALTER TABLE announcements ADD COLUMN first_try_at TEXT;
    """,
    # 3: every question belongs to a server (issue 7): organizers see and change their own
    # server's only. Direct-message questions belong to the home server (WORKSHOP_BOT_GUILD_ID).
    # Rows from before, with no server, are given to the home server when the bot opens the file
    # with one set (bot.storage.connection._adopt_orphans); until then no server sees them.
    """
    ALTER TABLE questions ADD COLUMN guild_id INTEGER;
    CREATE INDEX questions_guild_at ON questions(guild_id, at);
    CREATE INDEX announcements_guild ON announcements(guild_id, status);
    """,
    # 4: the attendees' loop (issue 10). Every row is owned by a server (guild_id: the home
    # server for questions asked by direct message).
    """
    -- A question an attendee handed to the organizers, and the organizers' answer.
    CREATE TABLE handoffs (
        id              INTEGER PRIMARY KEY,
        guild_id        INTEGER NOT NULL,  -- the server whose organizers answer it
        question_id     INTEGER UNIQUE REFERENCES questions(id) ON DELETE SET NULL,
        question        TEXT NOT NULL,
        asker_id        INTEGER NOT NULL,  -- whom to answer (and ping); kept until purged
        asker_name      TEXT,              -- their display name then, for the organizers' post
        channel_id      INTEGER NOT NULL,  -- where they asked (a DM channel, or a server one)
        message_id      INTEGER,           -- their message, to reply to (none for /ask)
        where_asked     TEXT NOT NULL,     -- mention | dm | slash | ...
        post_channel_id INTEGER,           -- the organizers' channel and post
        post_id         INTEGER,
        answer          TEXT,
        answered_by     TEXT,
        answered_at     TEXT,
        saved_id        INTEGER,
        created_at      TEXT NOT NULL
    );
    CREATE INDEX handoffs_guild ON handoffs(guild_id, created_at);

    -- Organizers' answers kept as extra FAQ entries of one server.
    CREATE TABLE saved_answers (
        id          INTEGER PRIMARY KEY,
        guild_id    INTEGER NOT NULL,
        questions   TEXT NOT NULL,         -- a JSON list of wordings
        answer      TEXT NOT NULL,
        created_by  TEXT,
        created_at  TEXT NOT NULL
    );

    -- /remind: one direct message to one member before one deadline.
    CREATE TABLE personal_reminders (
        id          INTEGER PRIMARY KEY,
        guild_id    INTEGER NOT NULL,
        user_id     INTEGER NOT NULL,
        deadline_id TEXT NOT NULL,
        before_text TEXT NOT NULL,         -- as the member wrote it ("1 day")
        before_s    INTEGER NOT NULL,      -- the same, in seconds
        run_at      TEXT NOT NULL,         -- when to send it
        status      TEXT NOT NULL DEFAULT 'pending',  -- pending sending sent failed cancelled
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        created_at  TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX personal_reminders_next ON personal_reminders(status, run_at);
    CREATE INDEX personal_reminders_user ON personal_reminders(user_id, status);

    -- What a question turned out to mean: a "did you mean" pick, or the rephrasing a member
    -- asked after voting an answer not helpful. Suggested phrasings for the FAQ.
    CREATE TABLE phrasings (
        id          INTEGER PRIMARY KEY,
        guild_id    INTEGER NOT NULL,
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,         -- pick | rephrase
        text        TEXT NOT NULL,         -- the label picked, or the new wording
        intent      TEXT,                  -- what it was understood as
        at          TEXT NOT NULL
    );
    CREATE INDEX phrasings_question ON phrasings(question_id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
