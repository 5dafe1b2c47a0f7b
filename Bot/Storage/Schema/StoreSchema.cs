namespace SafetyBot.Bot.Storage.Schema;

/// <summary>One schema change, applied once, in version order. The SQL runs on SQLite and PostgreSQL alike.</summary>
public sealed record StoreMigration(int Version, string Name, string Sql);

/// <summary>
/// A table and what the store must do with it. Rows whose <see cref="ExpiresByColumn"/> is older than
/// Storage:RetentionDays are deleted; a NULL there never expires. Every table in the database is listed here (a test
/// checks), so a feature that adds a table must say whether it holds user data: if so, "forget me"
/// deletes its rows by <see cref="UserKeyColumn"/>; if not, <see cref="WhyNoUserData"/> says why.
/// </summary>
/// <remarks>
/// <see cref="SameUserColumns"/> names further columns that identify the same user as the key column
/// in the same row (e.g. the channel user id Teams needs for a card refresh): they go with the row.
/// <see cref="PseudonymisedOnErase"/>: "forget me" keeps the rows and replaces the key by a pseudonym
/// (the audit log, the school's record of what its admins did; docs/privacy.md, "Audit log").
/// </remarks>
public sealed record StoreTable(
    string Name,
    string? UserKeyColumn,
    string? WhyNoUserData = null,
    string? ExpiresByColumn = null,
    IReadOnlyList<string>? SameUserColumns = null,
    bool PseudonymisedOnErase = false)
{
    public bool HoldsUserData => UserKeyColumn is not null;
}

/// <summary>
/// The store's schema. A feature that needs a table appends a migration with the next version and
/// lists its table below. Types are chosen to mean the same on both databases: TEXT, and BIGINT for
/// numbers, flags and times (Unix milliseconds, UTC).
/// </summary>
public static class StoreSchema
{
    public const string VersionTable = "schema_version";

    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new(1, "conversation references and team settings", """
            CREATE TABLE conversation_references (
                conversation_id   TEXT PRIMARY KEY,
                conversation_type TEXT NOT NULL,
                tenant_id         TEXT,
                team_id           TEXT,
                channel_id        TEXT,
                service_url       TEXT NOT NULL,
                bot_id            TEXT,
                bot_name          TEXT,
                user_key          TEXT,
                created_at        BIGINT NOT NULL,
                updated_at        BIGINT NOT NULL,
                version           BIGINT NOT NULL
            );
            CREATE INDEX ix_conversation_references_team_id ON conversation_references (team_id);
            CREATE INDEX ix_conversation_references_user_key ON conversation_references (user_key);
            CREATE TABLE team_settings (
                team_id          TEXT PRIMARY KEY,
                tenant_id        TEXT,
                region           TEXT,
                weekly_schedule  TEXT,
                weekly_time_zone TEXT,
                weekly_paused    BIGINT NOT NULL,
                updated_at       BIGINT NOT NULL,
                version          BIGINT NOT NULL
            );
            """),
        new(2, "user preferences, feedback, unanswered questions, once claims", """
            CREATE TABLE user_preferences (
                user_key   TEXT PRIMARY KEY,
                audience   TEXT,
                updated_at BIGINT NOT NULL,
                version    BIGINT NOT NULL
            );
            CREATE TABLE feedback (
                id         TEXT PRIMARY KEY,
                user_key   TEXT NOT NULL,
                subject    TEXT NOT NULL,
                useful     BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                version    BIGINT NOT NULL
            );
            CREATE INDEX ix_feedback_created_at ON feedback (created_at);
            CREATE INDEX ix_feedback_user_key ON feedback (user_key);
            CREATE TABLE unanswered_questions (
                id          TEXT PRIMARY KEY,
                user_key    TEXT NOT NULL,
                masked_text TEXT NOT NULL,
                audience    TEXT,
                created_at  BIGINT NOT NULL,
                version     BIGINT NOT NULL
            );
            CREATE INDEX ix_unanswered_questions_created_at ON unanswered_questions (created_at);
            CREATE INDEX ix_unanswered_questions_user_key ON unanswered_questions (user_key);
            CREATE TABLE once_claims (
                claim_key  TEXT PRIMARY KEY,
                claimed_by TEXT NOT NULL,
                claimed_at BIGINT NOT NULL
            );
            """),
        new(3, "feedback reason (names masked)", """
            ALTER TABLE feedback ADD COLUMN reason TEXT;
            """),
        new(4, "weekly cards and votes; team audience and reachability", """
            ALTER TABLE team_settings ADD COLUMN audience TEXT;
            ALTER TABLE team_settings ADD COLUMN unreachable_since BIGINT;
            CREATE TABLE weekly_posts (
                team_id         TEXT NOT NULL,
                week            TEXT NOT NULL,
                dilemma_id      TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                service_url     TEXT NOT NULL,
                activity_id     TEXT,
                status          TEXT NOT NULL,
                failure         TEXT,
                revealed        BIGINT NOT NULL,
                created_at      BIGINT NOT NULL,
                updated_at      BIGINT NOT NULL,
                version         BIGINT NOT NULL,
                PRIMARY KEY (team_id, week)
            );
            CREATE INDEX ix_weekly_posts_status ON weekly_posts (status);
            CREATE TABLE weekly_votes (
                team_id    TEXT NOT NULL,
                week       TEXT NOT NULL,
                user_key   TEXT NOT NULL,
                user_ref   TEXT,
                choice     BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (team_id, week, user_key)
            );
            CREATE INDEX ix_weekly_votes_user_key ON weekly_votes (user_key);
            """),
        new(5, "quiz rounds and progress", """
            CREATE TABLE quiz_rounds (
                id           TEXT PRIMARY KEY,
                user_key     TEXT NOT NULL,
                question_ids TEXT NOT NULL,
                answers      TEXT NOT NULL,
                position     BIGINT NOT NULL,
                finished     BIGINT NOT NULL,
                started_at   BIGINT NOT NULL,
                updated_at   BIGINT NOT NULL,
                version      BIGINT NOT NULL
            );
            CREATE INDEX ix_quiz_rounds_user_key ON quiz_rounds (user_key);
            CREATE TABLE quiz_progress (
                user_key         TEXT NOT NULL,
                question_id      TEXT NOT NULL,
                topic            TEXT NOT NULL,
                box              BIGINT NOT NULL,
                right_streak     BIGINT NOT NULL,
                mastered         BIGINT NOT NULL,
                due_at           BIGINT,
                times_answered   BIGINT NOT NULL,
                times_right      BIGINT NOT NULL,
                last_answered_at BIGINT NOT NULL,
                PRIMARY KEY (user_key, question_id)
            );
            """),
        new(6, "last activity of a user's preference and 1:1 conversation reference (they expire)", """
            ALTER TABLE user_preferences ADD COLUMN last_active_at BIGINT;
            UPDATE user_preferences SET last_active_at = updated_at;
            ALTER TABLE conversation_references ADD COLUMN last_active_at BIGINT;
            UPDATE conversation_references SET last_active_at = updated_at WHERE user_key IS NOT NULL;
            """),
        new(7, "weekly card: voters counted at the shared card's last update after the reveal", """
            ALTER TABLE weekly_posts ADD COLUMN shown_voters BIGINT;
            """),
        new(8, "feedback: one rating per user and article; forged subjects and over-long reasons removed", """
            -- Until now the flow took the subject from the card data: one longer than any article id was forged.
            DELETE FROM feedback WHERE length(subject) > 200;
            UPDATE feedback SET reason = substr(reason, 1, 500) WHERE length(reason) > 500;
            DELETE FROM feedback WHERE EXISTS (
                SELECT 1 FROM feedback AS newer
                WHERE newer.user_key = feedback.user_key AND newer.subject = feedback.subject
                  AND (newer.created_at > feedback.created_at OR (newer.created_at = feedback.created_at AND newer.id > feedback.id))
            );
            CREATE UNIQUE INDEX ux_feedback_user_key_subject ON feedback (user_key, subject);
            """),
        new(9, "audit log of admin actions", """
            CREATE TABLE audit_log (
                id         TEXT PRIMARY KEY,
                actor_key  TEXT NOT NULL,
                action     TEXT NOT NULL,
                tenant_id  TEXT,
                target     TEXT,
                setting    TEXT,
                old_value  TEXT,
                new_value  TEXT,
                detail     TEXT,
                created_at BIGINT NOT NULL
            );
            CREATE INDEX ix_audit_log_created_at ON audit_log (created_at);
            CREATE INDEX ix_audit_log_actor_key ON audit_log (actor_key);
            """),
        new(10, "follow-up context: the last answer's article and sections and the question's analysed words, for 10 minutes", """
            CREATE TABLE followup_contexts (
                user_key    TEXT PRIMARY KEY,
                article_id  TEXT NOT NULL,
                section_ids TEXT NOT NULL,
                terms       TEXT NOT NULL,
                saved_at    BIGINT NOT NULL
            );
            CREATE INDEX ix_followup_contexts_saved_at ON followup_contexts (saved_at);
            """),
    ];

    public static IReadOnlyList<StoreTable> Tables { get; } =
    [
        new(VersionTable, null, WhyNoUserData: "the migrations applied"),
        // Only a 1:1 chat's reference has a last activity (a team's or group chat's stays NULL and never expires).
        new("conversation_references", "user_key", ExpiresByColumn: "last_active_at"),
        new("team_settings", null, WhyNoUserData: "settings of a team; no user identifier is stored"),
        new("user_preferences", "user_key", ExpiresByColumn: "last_active_at"),
        new("feedback", "user_key", ExpiresByColumn: "created_at"),
        new("unanswered_questions", "user_key", ExpiresByColumn: "created_at"),
        new("weekly_posts", null, WhyNoUserData: "which dilemma a team got in which week and where it was posted; no user identifier"),
        new("weekly_votes", "user_key", ExpiresByColumn: "created_at", SameUserColumns: ["user_ref"]),
        new("quiz_rounds", "user_key", ExpiresByColumn: "updated_at"),
        new("quiz_progress", "user_key", ExpiresByColumn: "last_answered_at"),
        new("audit_log", "actor_key", ExpiresByColumn: "created_at", PseudonymisedOnErase: true),
        // Read only within FollowUpContextRecord.Lifetime; the store prunes older rows as it saves, retention catches the rest.
        new("followup_contexts", "user_key", ExpiresByColumn: "saved_at"),
        new("once_claims", null, WhyNoUserData: "unused since IOnceClaimStore was removed; kept because migration 2 created it in existing databases (keys named teams and weeks, claimed_by an instance)"),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
