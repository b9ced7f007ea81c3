using ChatOps.Core.Conversations;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The contact book facet: one row per person and channel, replaced when the channel gives a newer address.</summary>
public abstract partial class SqlLedgerStore : IContactBook
{
    public async Task SaveContactAsync(ChannelContact contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO chat_contacts (channel, user_id, address, seen_at) VALUES (@channel, @user, @address, @seen)
            ON CONFLICT (channel, user_id) DO UPDATE SET address = excluded.address, seen_at = excluded.seen_at
            """, cancellationToken,
            ("@channel", contact.Channel), ("@user", contact.UserId), ("@address", contact.Address), ("@seen", LedgerTime.Format(contact.SeenAt)));
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
