using System.Text.Json;

namespace ChatOps.Slack.Wire;

/// <summary>
/// Reads an Events API body into a <see cref="SlackEventEnvelope"/> in one forward pass, keeping only the fields the
/// adapter routes on and skipping the rest (blocks, attachments, files, event context) without building them.
/// </summary>
/// <remarks>
/// Every event Slack sends passes through here before it is acknowledged, so it is on the acknowledgement's CPU
/// budget: the general deserializer kept every unknown field as a cloned <see cref="JsonElement"/> and went through
/// its constructor-parameter path, about a tenth of an acknowledgement's CPU. The rules stay those of the
/// deserializer it replaces: names match exactly, the last of a repeated name wins, a field of the wrong JSON kind
/// is a <see cref="JsonException"/> (answered 400), and a literal <c>null</c> body reads as null.
/// </remarks>
public static class SlackEventEnvelopeReader
{
    /// <summary>The envelope, or null for a JSON <c>null</c>; throws <see cref="JsonException"/> for anything that is not one.</summary>
    public static SlackEventEnvelope? Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("The body is empty.");
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            EnsureEnd(ref reader);
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        string? type = null, challenge = null, teamId = null, apiAppId = null, eventId = null;
        SlackEventPayload? payload = null;
        List<SlackAuthorization>? authorizations = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8)) { type = ReadString(ref reader); }
            else if (reader.ValueTextEquals("challenge"u8)) { challenge = ReadString(ref reader); }
            else if (reader.ValueTextEquals("team_id"u8)) { teamId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("api_app_id"u8)) { apiAppId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("event_id"u8)) { eventId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("event"u8)) { payload = ReadEvent(ref reader); }
            else if (reader.ValueTextEquals("authorizations"u8)) { authorizations = ReadAuthorizations(ref reader); }
            else { Skip(ref reader); }
        }

        EnsureEnd(ref reader);
        return new SlackEventEnvelope
        {
            Type = type,
            Challenge = challenge,
            TeamId = teamId,
            ApiAppId = apiAppId,
            EventId = eventId,
            Event = payload,
            Authorizations = authorizations,
        };
    }

    private static SlackEventPayload? ReadEvent(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        string? type = null, subtype = null, user = null, botId = null, team = null, text = null, channel = null;
        string? channelType = null, ts = null, threadTs = null, eventTs = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8)) { type = ReadString(ref reader); }
            else if (reader.ValueTextEquals("subtype"u8)) { subtype = ReadString(ref reader); }
            else if (reader.ValueTextEquals("user"u8)) { user = ReadString(ref reader); }
            else if (reader.ValueTextEquals("bot_id"u8)) { botId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("team"u8)) { team = ReadString(ref reader); }
            else if (reader.ValueTextEquals("text"u8)) { text = ReadString(ref reader); }
            else if (reader.ValueTextEquals("channel"u8)) { channel = ReadString(ref reader); }
            else if (reader.ValueTextEquals("channel_type"u8)) { channelType = ReadString(ref reader); }
            else if (reader.ValueTextEquals("ts"u8)) { ts = ReadString(ref reader); }
            else if (reader.ValueTextEquals("thread_ts"u8)) { threadTs = ReadString(ref reader); }
            else if (reader.ValueTextEquals("event_ts"u8)) { eventTs = ReadString(ref reader); }
            else { Skip(ref reader); }
        }

        return new SlackEventPayload
        {
            Type = type,
            Subtype = subtype,
            User = user,
            BotId = botId,
            Team = team,
            Text = text,
            Channel = channel,
            ChannelType = channelType,
            Ts = ts,
            ThreadTs = threadTs,
            EventTs = eventTs,
        };
    }

    private static List<SlackAuthorization>? ReadAuthorizations(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<SlackAuthorization>(1);
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                // No installation to read: passed over (the deserializer kept it, and the event reader then failed on it).
                continue;
            }

            Expect(ref reader, JsonTokenType.StartObject);
            string? teamId = null, userId = null;
            var isBot = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("team_id"u8)) { teamId = ReadString(ref reader); }
                else if (reader.ValueTextEquals("user_id"u8)) { userId = ReadString(ref reader); }
                else if (reader.ValueTextEquals("is_bot"u8)) { isBot = ReadBool(ref reader); }
                else { Skip(ref reader); }
            }

            list.Add(new SlackAuthorization { TeamId = teamId, UserId = userId, IsBot = isBot });
        }
    }

    // True with the reader on a property name; false at the end of the object.
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"Expected a property name, found {reader.TokenType}."),
        };
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
        };
    }

    private static bool ReadBool(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"Expected true or false, found {reader.TokenType}."),
        };
    }

    // Passes over a value of any kind: the property's value, and everything inside it for an object or array.
    private static void Skip(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        reader.Skip();
    }

    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The body ends in the middle of a value.");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type}, found {reader.TokenType}.");
        }
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("The body goes on after its value.");
        }
    }
}
