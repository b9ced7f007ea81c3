using ChatOps.Core.Conversations;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The contact book facet: one row per person and channel, replaced when the channel gives a newer address.</summary>
public abstract partial class SqlLedgerStore : IContactBook
{
    public async Task SaveContactAsync(ChannelContact contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        // Written as people talk to the bot: it queues with the other writers (SQLite's in-process write gate) rather
        // than meeting them at the file lock and sleeping out the driver's busy retry.
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO chat_contacts (channel, user_id, address, seen_at) VALUES (@channel, @user, @address, @seen)
            ON CONFLICT (channel, user_id) DO UPDATE SET address = excluded.address, seen_at = excluded.seen_at
            """, cancellationToken,
            ("@channel", contact.Channel), ("@user", contact.UserId), ("@address", contact.Address), ("@seen", LedgerTime.Format(contact.SeenAt)));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ChannelContact?> FindContactAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT address, seen_at FROM chat_contacts WHERE channel = @channel AND user_id = @user",
            ("@channel", channel), ("@user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ChannelContact(channel, userId, reader.GetString(0), LedgerTime.Parse(reader.GetString(1)))
            : null;
    }
}
