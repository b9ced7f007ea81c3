using System.Collections.Concurrent;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>
/// A checker's indexes of the sources it has read, by the source's whole content (id, kind, title, URI, text,
/// sensitivity), across evidence sets: every request gathers its evidence afresh, so the same ticket's sources come
/// back as new objects in every draft, repair, edit and check of a thread, and indexing a source (its words, stems and
/// sentences for the support rule) cost more than checking the draft against it. Bounded by count and by text: past
/// <see cref="Capacity"/> sources or <see cref="MaxCharacters"/> characters of source text it starts again empty, and a
/// source longer than <see cref="MaxSourceCharacters"/> (a large log export) is indexed for its check and not kept.
/// Thread-safe: every index is read-only once built.
/// </summary>
internal sealed class SourceIndexCache
{
    /// <summary>Sources kept; a ticket with its log, deploy and thread sources is a handful, so this holds many threads' worth.</summary>
    public const int Capacity = 512;

    /// <summary>Source text kept, in characters: with its indexes a few times this in memory, a bounded share of a host's.</summary>
    public const long MaxCharacters = 4_000_000;

    /// <summary>The longest source kept; a longer one is rarely the same twice and would crowd out many tickets.</summary>
    public const int MaxSourceCharacters = 256_000;

    private readonly ConcurrentDictionary<Source, Entry> entries = new();
    private int count;
    private long characters;

    /// <summary>The source's words as the support rule reads them.</summary>
    public SourceTerms Terms(Source source) => EntryOf(source).Terms(source);

    /// <summary>The source's numbers and identifiers in their compared form.</summary>
    public HashSet<string> Specifics(Source source) => EntryOf(source).Specifics(source);

    /// <summary>The source's content words, for ranking suggestions.</summary>
    public HashSet<string> Words(Source source) => EntryOf(source).Words(source);

    private Entry EntryOf(Source source)
    {
        if (entries.TryGetValue(source, out var entry))
        {
            return entry;
        }

        if (source.Text.Length > MaxSourceCharacters)
        {
            return new Entry();
        }

        // Racing threads may each clear or count a source twice: the bounds stay approximate, never exceeded by much.
        if (Interlocked.Increment(ref count) > Capacity || Interlocked.Add(ref characters, source.Text.Length) > MaxCharacters)
        {
            entries.Clear();
            Volatile.Write(ref count, 1);
            Volatile.Write(ref characters, source.Text.Length);
        }

        return entries.GetOrAdd(source, static _ => new Entry());
    }

    /// <summary>One source's indexes, each built on first use (two threads may both build one; either result is the same).</summary>
    private sealed class Entry
    {
        private SourceTerms? terms;
        private HashSet<string>? specifics;
        private HashSet<string>? words;

        public SourceTerms Terms(Source source) =>
            Volatile.Read(ref terms) ?? Interlocked.CompareExchange(ref terms, new SourceTerms(source, SupportLexicon.Default), null) ?? terms!;

        public HashSet<string> Specifics(Source source) =>
            Volatile.Read(ref specifics) ?? Interlocked.CompareExchange(ref specifics, BuildSpecifics(source), null) ?? specifics!;

        public HashSet<string> Words(Source source) =>
            Volatile.Read(ref words) ?? Interlocked.CompareExchange(ref words, EvidenceIndex.ContentWords(source.Text), null) ?? words!;

        private static HashSet<string> BuildSpecifics(Source source)
        {
            var built = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in SpecificTokenizer.Tokens(source.Text, new TextSpan(0, source.Text.Length), []))
            {
                built.Add(SpecificTokenizer.Normalize(token));
            }

            return built;
        }
    }
}
