// Command minhash-lsh-peer runs ekzhu's Go minhash-lsh (Debian golang-github-ekzhu-minhash-lsh-dev) over the
// same JSONL corpus as `stemma dedup`: lower-cased words, 5-word shingles, MinHash with 128 hash functions,
// LSH at the same threshold. It prints every candidate pair (the library does not verify) as JSONL on stdout
// and one JSON line of timings on stderr. Fingerprinting and querying use one goroutine per core.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	minhashlsh "github.com/ekzhu/minhash-lsh"
)

type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func words(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	runes := []rune(text)
	for i, r := range runes {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '\u2019') && b.Len() > 0 && i+1 < len(runes) && (unicode.IsLetter(runes[i+1]) || unicode.IsDigit(runes[i+1])):
			b.WriteRune('\'')
		default:
			flush()
		}
	}
	flush()
	return out
}

func signature(text string, n, numHash int, seed int64) []uint64 {
	w := words(text)
	if len(w) == 0 {
		return nil
	}
	m := minhashlsh.NewMinhash(seed, numHash)
	if len(w) <= n {
		m.Push([]byte(strings.Join(w, " ")))
	} else {
		for i := 0; i+n <= len(w); i++ {
			m.Push([]byte(strings.Join(w[i:i+n], " ")))
		}
	}
	return m.Signature()
}

func main() {
	threshold := flag.Float64("threshold", 0.5, "Jaccard threshold")
	numHash := flag.Int("k", 128, "hash functions")
	shingle := flag.Int("n", 5, "words per shingle")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: minhash-lsh-peer [-threshold 0.5] INPUT.jsonl > PAIRS.jsonl")
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	defer f.Close()

	start := time.Now()
	workers := runtime.NumCPU()
	lines := make(chan struct {
		i    int
		line []byte
	}, 1024)
	var mu sync.Mutex
	ids := []string{}
	sigs := [][]uint64{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				var a article
				if json.Unmarshal(l.line, &a) != nil {
					continue
				}
				s := signature(a.Text, *shingle, *numHash, 1)
				mu.Lock()
				for len(sigs) <= l.i {
					sigs = append(sigs, nil)
					ids = append(ids, "")
				}
				sigs[l.i], ids[l.i] = s, a.ID
				mu.Unlock()
			}
		}()
	}
	scanner := bufio.NewScanner(f)
	scanner.Buffer(make([]byte, 1<<20), 1<<30)
	i := 0
	for scanner.Scan() {
		line := append([]byte(nil), scanner.Bytes()...)
		lines <- struct {
			i    int
			line []byte
		}{i, line}
		i++
	}
	close(lines)
	wg.Wait()
	fingerprinted := time.Now()

	lsh := minhashlsh.NewMinhashLSH64(*numHash, *threshold)
	for d, s := range sigs {
		if s != nil {
			lsh.Add(d, s)
		}
	}
	lsh.Index()
	indexed := time.Now()

	results := make([][]int, len(sigs))
	var qwg sync.WaitGroup
	next := make(chan int, 1024)
	for w := 0; w < workers; w++ {
		qwg.Add(1)
		go func() {
			defer qwg.Done()
			for d := range next {
				var found []int
				for _, k := range lsh.Query(sigs[d]) {
					if o := k.(int); o > d {
						found = append(found, o)
					}
				}
				sort.Ints(found)
				results[d] = found
			}
		}()
	}
	for d, s := range sigs {
		if s != nil {
			next <- d
		}
	}
	close(next)
	qwg.Wait()
	queried := time.Now()

	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	pairs := 0
	for a, found := range results {
		for _, b := range found {
			fmt.Fprintf(out, "{\"a\":%q,\"b\":%q}\n", ids[a], ids[b])
			pairs++
		}
	}
	out.Flush()
	k, l := lsh.Params()
	fmt.Fprintf(os.Stderr, "{\"documents\":%d,\"threads\":%d,\"fingerprint_seconds\":%f,\"index_seconds\":%f,\"query_seconds\":%f,\"total_seconds\":%f,\"pairs\":%d,\"rows\":%d,\"bands\":%d}\n",
		len(sigs), workers, fingerprinted.Sub(start).Seconds(), indexed.Sub(fingerprinted).Seconds(), queried.Sub(indexed).Seconds(), time.Since(start).Seconds(), pairs, k, l)
}
