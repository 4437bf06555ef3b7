namespace PolicyLang.Syntax;

public static partial class Spelling
{
    /// <summary>
    /// Candidates read once for many questions (the binder asks for every unresolved reference).
    /// The lower-cased candidates form a trie, and a question walks it with the banded distance
    /// rows of <see cref="Distance"/>, one row per trie node: candidates sharing a prefix share its
    /// rows, and a subtree is left as soon as no cell of its row can still beat the best so far.
    /// The child that follows the word is visited first, so a near miss is usually found at once
    /// and the rest of the walk is cut to the few prefixes within that distance. Comparing every
    /// unresolved reference with every id of about its length took 18 s for 10,000 near misses.
    /// Answers are remembered per lower-cased word (the same misspelling is often repeated). The
    /// answer is exactly that of comparing with every candidate: the smallest distance within the
    /// allowed mistakes, among equals the ordinally first candidate, none for an exact match.
    /// </summary>
    public sealed class Index
    {
        private const int Root = 0;
        private readonly List<char> _label = ['\0'];
        private readonly List<int> _firstChild = [-1];
        private readonly List<int> _nextSibling = [-1];
        /// <summary>The ordinally first candidate whose lower-cased text ends at this node, if any.</summary>
        private readonly List<string?> _candidate = [null];
        private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);

        public Index(IEnumerable<string> candidates)
        {
            var children = new Dictionary<(int Parent, char Label), int>();
            foreach (var candidate in candidates)
            {
                var node = Root;
                foreach (var c in candidate.ToLowerInvariant())
                {
                    if (!children.TryGetValue((node, c), out var child))
                    {
                        child = _label.Count;
                        _label.Add(c);
                        _firstChild.Add(-1);
                        _nextSibling.Add(_firstChild[node]);
                        _candidate.Add(null);
                        _firstChild[node] = child;
                        children[(node, c)] = child;
                    }
                    node = child;
                }
                if (_candidate[node] is not { } present || string.CompareOrdinal(candidate, present) < 0) _candidate[node] = candidate;
            }
        }

        public string? Closest(string word)
        {
            var lower = word.ToLowerInvariant();
            if (_answers.TryGetValue(lower, out var known)) return known;
            var answer = new Walk(this, lower, AllowedMistakes(word)).Run();
            _answers[lower] = answer;
            return answer;
        }

        /// <summary>
        /// One question's depth-first walk with its own stack (a trie is as deep as the longest
        /// id). Row d holds the distances between the word's prefixes and the current path's
        /// prefix of length d, only the cells within <c>allowed</c> of the diagonal.
        /// </summary>
        private sealed class Walk(Index index, string word, int allowed)
        {
            private readonly int _width = 2 * allowed + 1;
            private readonly int _beyond = allowed + 1;
            private int[] _rows = new int[(2 * allowed + 1) * 16];
            private char[] _path = new char[16];
            private string? _best;
            private int _bestDistance = int.MaxValue;

            public string? Run()
            {
                EnsureDepth(0);
                for (var k = 0; k < _width; k++)
                {
                    var i = k - allowed; // the empty prefix against word[..i]: i insertions
                    _rows[k] = i < 0 || i > word.Length ? _beyond : i;
                }
                var pending = new Stack<(int Node, int Depth)>();
                if (Visit(Root, 0)) PushChildren(pending, Root, 0);
                while (pending.Count > 0 && _bestDistance > 0)
                {
                    var (node, depth) = pending.Pop();
                    EnsureDepth(depth);
                    _path[depth - 1] = index._label[node];
                    FillRow(depth);
                    if (Visit(node, depth)) PushChildren(pending, node, depth);
                }
                return _best is not null && _bestDistance > 0 ? _best : null;
            }

            /// <summary>Records the node's candidate; true when a longer candidate below it can still win.</summary>
            private bool Visit(int node, int depth)
            {
                if (index._candidate[node] is { } candidate && Math.Abs(word.Length - depth) <= allowed)
                {
                    var distance = Cell(depth, word.Length);
                    if (distance <= allowed && (distance < _bestDistance || (distance == _bestDistance && string.CompareOrdinal(candidate, _best) < 0)))
                    {
                        _bestDistance = distance;
                        _best = candidate;
                    }
                }
                // No cell of a later row is below this row's minimum, so only a subtree whose row
                // still reaches the best so far (ties decide by the ordinal order) is worth a visit.
                var rowMinimum = _beyond;
                var offset = depth * _width;
                for (var k = 0; k < _width; k++) rowMinimum = Math.Min(rowMinimum, _rows[offset + k]);
                return rowMinimum <= Math.Min(allowed, _bestDistance);
            }

            private void PushChildren(Stack<(int Node, int Depth)> pending, int node, int depth)
            {
                var next = depth < word.Length ? word[depth] : '\0';
                var following = -1;
                for (var child = index._firstChild[node]; child >= 0; child = index._nextSibling[child])
                {
                    if (index._label[child] == next && depth < word.Length) following = child;
                    else pending.Push((child, depth + 1));
                }
                // Pushed last, popped first: the path that spells the word.
                if (following >= 0) pending.Push((following, depth + 1));
            }

            /// <summary>Row <paramref name="depth"/> from the two rows above it, as in <see cref="Distance"/>.</summary>
            private void FillRow(int depth)
            {
                var c = _path[depth - 1];
                var offset = depth * _width;
                for (var k = 0; k < _width; k++)
                {
                    var i = depth - allowed + k;
                    int value;
                    if (i < 0 || i > word.Length) value = _beyond;
                    else if (i == 0) value = depth;
                    else
                    {
                        var cost = word[i - 1] == c ? 0 : 1;
                        value = Math.Min(Math.Min(Cell(depth - 1, i) + 1, Cell(depth, i - 1) + 1), Cell(depth - 1, i - 1) + cost);
                        if (i > 1 && depth > 1 && word[i - 1] == _path[depth - 2] && word[i - 2] == c)
                            value = Math.Min(value, Cell(depth - 2, i - 2) + 1);
                    }
                    _rows[offset + k] = Math.Min(value, _beyond);
                }
            }

            /// <summary>The distance of word[..i] and the path's prefix of length depth; beyond the band it exceeds the limit.</summary>
            private int Cell(int depth, int i)
            {
                var k = i - depth + allowed;
                return k < 0 || k >= _width || i < 0 || i > word.Length ? _beyond : _rows[depth * _width + k];
            }

            private void EnsureDepth(int depth)
            {
                if ((depth + 1) * _width > _rows.Length) Array.Resize(ref _rows, Math.Max(_rows.Length * 2, (depth + 1) * _width));
                if (depth >= _path.Length) Array.Resize(ref _path, Math.Max(_path.Length * 2, depth + 1));
            }
        }
    }
}
