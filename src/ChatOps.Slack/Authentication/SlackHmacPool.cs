using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Slack.Authentication;

/// <summary>HMAC-SHA256 states keyed with one signing secret, kept for reuse and safe to share between threads.</summary>
/// <remarks>
/// A one-shot HMAC makes and keys a new OpenSSL context for every request; a kept state is only reset after each hash
/// (<see cref="IncrementalHash.GetHashAndReset(Span{byte})"/>), which keeps the key. A state is used by one request at
/// a time: it is taken out of its slot while in use. A pool belongs to one secret: when the secret changes the verifier
/// makes a new pool, and the old one's states are released by their finalizers once no request holds them.
/// </remarks>
internal sealed class SlackHmacPool
{
    private readonly byte[] key;
    private readonly IncrementalHash?[] idle = new IncrementalHash?[Math.Max(4, 2 * Environment.ProcessorCount)];

    public SlackHmacPool(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        Secret = secret;
        key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>The signing secret the states are keyed with.</summary>
    public string Secret { get; }

    /// <summary>Writes Slack's v0 HMAC of the timestamp header as received and the body (see <see cref="SlackSignature"/>).</summary>
    public void ComputeHash(ReadOnlySpan<char> timestampHeader, ReadOnlySpan<byte> rawBody, Span<byte> hash)
    {
        var hmac = Rent();
        try
        {
            SlackSignature.ComputeHash(hmac, timestampHeader, rawBody, hash);
        }
        catch
        {
            // Its state may hold part of a message: never hand it to another request.
            hmac.Dispose();
            throw;
        }

        Return(hmac);
    }

    private IncrementalHash Rent()
    {
        for (var i = 0; i < idle.Length; i++)
        {
            if (Volatile.Read(ref idle[i]) is not null && Interlocked.Exchange(ref idle[i], null) is { } found)
            {
                return found;
            }
        }

        return IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    private void Return(IncrementalHash hmac)
    {
        for (var i = 0; i < idle.Length; i++)
        {
            if (Volatile.Read(ref idle[i]) is null && Interlocked.CompareExchange(ref idle[i], hmac, null) is null)
            {
                return;
            }
        }

        hmac.Dispose();
    }
}
