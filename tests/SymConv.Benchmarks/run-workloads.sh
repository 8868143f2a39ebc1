#!/usr/bin/env bash
# The workloads of issue 6, measured whole-process with /usr/bin/time, printed as one markdown table.
#   W1  the seed example (no arguments): start-up, as a person feels it
#   W3  16×3×3×3 kernel on 3×32×32 input, y' only, beside the SymPy script a user would write
#   W4  64×64×3×3 kernel on 64×56×56 input, y' only, to a file on /tmp (about 2.8 GB, deleted after)
#   W5  1×1×3×3 kernel on a 1×10000×10000 symbolic input, y' only, to a file on /tmp (about 17.5 GB,
#       deleted after): generated symbols are named on demand, so this streams in W4's memory
#   W6  a 46 MB numeric spec file (a 1×4000×4000 input of two-digit integers), three rows of y':
#       the time to read spec files and tensors
#   W7  the backward pass of W3's layer (symconv grad: dL/dx and dL/dK for fresh upstream symbols g),
#       beside SymPy's diff of the same L = Σ g·y (sympy_w7.py: L built, a sample of the 3,504
#       derivatives taken and the rest extrapolated, since all of them take days), and W3's y' in
#       the same run for the ratio
#   W8  a stack, Conv2d(16,16,3,padding=1) ∘ Conv2d(3,16,3,padding=1) on 3×32×32, all symbols, y' of
#       the stack to a file on /tmp (deleted after), beside SymPy multiplying the two sparse matrices
#   W9  --format svg of M for an 8×8×3×3 kernel on 8×32×32 (M 7200×8192, 518,400 nonzeros: a density picture)
#   W10 --format svg of W4's M (186,624×200,704, 107,495,424 nonzeros): the density picture at its bound
#   W11 symconv grad --format svg of W4: density pictures of Mᵀ and U(x), one under the other
# Usage: tests/SymConv.Benchmarks/run-workloads.sh [--no-w4] [--no-w5] [--no-w8] [--no-sympy] [--only-w7]
# A benchmark, not a test: nothing here runs in `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/../.."

run_w4=1
run_w5=1
run_sympy=1
only_w7=0
run_w8=1
for arg in "$@"; do
  case "$arg" in
    --no-w4) run_w4=0 ;;
    --no-w5) run_w5=0 ;;
    --no-sympy) run_sympy=0 ;;
    --no-w8) run_w8=0 ;;
    --only-w7) only_w7=1 ;;
    *) echo "usage: $0 [--no-w4] [--no-w5] [--no-w8] [--no-sympy] [--only-w7]" >&2; exit 2 ;;
  esac
done
# --only-w7 runs W7 (and W3's y' for its ratio) alone.
if [ "$only_w7" = 1 ]; then run_w4=0; run_w5=0; run_w8=0; fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time for peak-memory measurement" >&2
  apt-get update -qq >&2 && apt-get install -y -qq time >&2
fi

work=$(mktemp -d /tmp/symconv-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Three builds of the same command, to compare start-up: plain JIT, ReadyToRun, Native AOT.
echo "building (Release): JIT, ReadyToRun, Native AOT" >&2
dotnet publish src/SymConv.Cli -c Release -o "$work/jit" >&2
dotnet publish src/SymConv.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" >&2
builds=(jit r2r)
if dotnet publish src/SymConv.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" >&2; then
  builds+=(aot)
  fast=aot
else
  echo "Native AOT publish failed here (it needs a C toolchain and linker); using ReadyToRun" >&2
  fast=r2r
fi
declare -A build_name=([jit]="JIT" [r2r]="ReadyToRun" [aot]="Native AOT")

# measure NAME CMD...: runs CMD with stdout to $work/NAME.out; sets wall (s) and rss (KiB).
# Wall time from the nanosecond clock (time's own is in hundredths), peak RSS from GNU time.
measure() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
    echo "$name failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
  end=$(date +%s%N)
  wall=$(awk "BEGIN{printf \"%.4f\", ($end - $start) / 1e9}")
  rss=$(tail -n 1 "$work/$name.time")
}

# best NAME RUNS CMD...: the fastest of RUNS runs (least disturbed by other load), its memory.
best() {
  local name=$1 runs=$2; shift 2
  local best_wall="" best_rss=0
  for _ in $(seq "$runs"); do
    measure "$name" "$@"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then best_wall=$wall; fi
    if [ "$rss" -gt "$best_rss" ]; then best_rss=$rss; fi
  done
  wall=$best_wall; rss=$best_rss
}

# Terms of y' in these layers: every term is w_{…}*x_{…}, so one star each.
count_terms() { tr -cd '*' < "$1" | wc -c; }

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 | $7 |"); }
mib() { awk "BEGIN{printf \"%.0f MiB\", $1/1024}"; }
commas() { printf '%s' "$1" | rev | sed 's/\([0-9]\{3\}\)/\1,/g; s/,$//' | rev; }
per_second() { awk "BEGIN{v = $1/$2; if (v >= 1e6) printf \"%.1f M\", v/1e6; else printf \"%.1f k\", v/1e3}"; }
check() {
  if [ "$2" != "$3" ]; then echo "$1: y' has $2 terms, expected $3" >&2; exit 1; fi
}

# W1: start-up of each build; the seed's y' has 8 components of 4 terms.
for b in "${builds[@]}"; do
  [ "$only_w7" = 1 ] && break
  best "w1-$b" 10 "$work/$b/SymConv.Cli"
  declare "w1_$b=$wall"
  row "W1 seed example" "${build_name[$b]}" "$(awk "BEGIN{printf \"%.3f s\", $wall}")" "32" "—" "$(mib "$rss")" "—"
done
[ "$only_w7" = 1 ] || cmp -s "$work/w1-jit.out" "$work/w1-$fast.out" || { echo "W1 output differs between builds" >&2; exit 1; }

# W3, y' only, every build, then SymPy.
w3_args=(--kernel-shape 16,3,3,3 --input-shape 3,32,32 --show output)
declare -A w3_wall
for b in "${builds[@]}"; do
  best "w3-$b" 5 "$work/$b/SymConv.Cli" "${w3_args[@]}"
  w3_wall[$b]=$wall
  declare "w3_rss_$b=$rss"
done
cmp -s "$work/w3-jit.out" "$work/w3-$fast.out" || { echo "W3 output differs between builds" >&2; exit 1; }
w3_terms=$(count_terms "$work/w3-$fast.out")
check W3 "$w3_terms" 388800

sympy_wall=""
if [ "$run_sympy" = 1 ] && [ "$only_w7" = 0 ] && /usr/bin/python3 -c "import sympy" 2>/dev/null; then
  echo "running the SymPy script (tens of seconds)" >&2
  measure sympy /usr/bin/python3 tests/SymConv.Benchmarks/sympy_w3.py
  sympy_wall=$wall
  check "W3 (SymPy)" "$(tr -d '[:space:]' < "$work/sympy.out")" 388800
  sympy_rss=$rss
fi
for b in "${builds[@]}"; do
  rss_var="w3_rss_$b"
  ratio="—"
  [ -n "$sympy_wall" ] && ratio=$(awk "BEGIN{printf \"%.0f× faster\", $sympy_wall/${w3_wall[$b]}}")
  row "W3 y' 16×3×3×3 on 3×32×32" "${build_name[$b]}" "$(awk "BEGIN{printf \"%.3f s\", ${w3_wall[$b]}}")" \
    "388,800" "$(per_second 388800 "${w3_wall[$b]}")" "$(mib "${!rss_var}")" "$ratio"
done
if [ -n "$sympy_wall" ]; then
  row "W3 y' 16×3×3×3 on 3×32×32" "SymPy $(/usr/bin/python3 -c 'import sympy; print(sympy.__version__)')" \
    "$(awk "BEGIN{printf \"%.1f s\", $sympy_wall}")" "388,800" "$(per_second 388800 "$sympy_wall")" "$(mib "$sympy_rss")" "1×"
fi

# W4, y' only, to a file. Earlier dirty pages and deletes would be flushed during the run and
# slow it, so the disk is settled first; the file is deleted as soon as it is counted.
if [ "$run_w4" = 1 ]; then
  w4_file=/tmp/symconv-w4.$$.txt
  trap 'rm -rf "$work" "$w4_file"' EXIT
  sync; sleep 5
  echo "running W4 (writes about 2.8 GB to $w4_file)" >&2
  measure w4 "$work/$fast/SymConv.Cli" --kernel-shape 64,64,3,3 --input-shape 64,56,56 --show output -o "$w4_file"
  w4_terms=$(count_terms "$w4_file")
  w4_bytes=$(stat -c %s "$w4_file")
  rm -f "$w4_file"; sync
  check W4 "$w4_terms" 107495424
  row "W4 y' 64×64×3×3 on 64×56×56 to a file ($(awk "BEGIN{printf \"%.1f GB\", $w4_bytes/1e9}"))" "${build_name[$fast]}" \
    "$(awk "BEGIN{printf \"%.2f s\", $wall}")" "107,495,424" "$(per_second 107495424 "$wall")" "$(mib "$rss")" "—"
fi

# W5, y' of a 1×10000×10000 input of generated symbols, to a file, like W4. 9,998² rows of 9 terms.
if [ "$run_w5" = 1 ]; then
  w5_file=/tmp/symconv-w5.$$.txt
  trap 'rm -rf "$work" "${w4_file:-}" "$w5_file"' EXIT
  sync; sleep 5
  echo "running W5 (writes about 17.5 GB to $w5_file)" >&2
  measure w5 "$work/$fast/SymConv.Cli" --kernel-shape 1,1,3,3 --input-shape 1,10000,10000 --show output -o "$w5_file"
  w5_terms=$(count_terms "$w5_file")
  w5_bytes=$(stat -c %s "$w5_file")
  rm -f "$w5_file"; sync
  check W5 "$w5_terms" 899640036
  row "W5 y' 1×1×3×3 on 1×10000×10000 symbols to a file ($(awk "BEGIN{printf \"%.1f GB\", $w5_bytes/1e9}"))" "${build_name[$fast]}" \
    "$(awk "BEGIN{printf \"%.2f s\", $wall}")" "899,640,036" "$(per_second 899640036 "$wall")" "$(mib "$rss")" "—"
fi

# W7: the backward pass of W3's layer, every build: dL/dx (388,800 terms w·g) and dL/dK (388,800
# terms x·g), each term one star; dL/dx' and dL/dy are left out (the same entries as dL/dx; g itself).
w7_args=(grad --kernel-shape 16,3,3,3 --input-shape 3,32,32 --show "dL/dx,dL/dK")
declare -A w7_wall
for b in "${builds[@]}"; do
  best "w7-$b" 5 "$work/$b/SymConv.Cli" "${w7_args[@]}"
  w7_wall[$b]=$wall
  declare "w7_rss_$b=$rss"
done
cmp -s "$work/w7-jit.out" "$work/w7-$fast.out" || { echo "W7 output differs between builds" >&2; exit 1; }
check W7 "$(count_terms "$work/w7-$fast.out")" 777600

sympy7_wall=""
if [ "$run_sympy" = 1 ] && /usr/bin/python3 -c "import sympy" 2>/dev/null; then
  echo "running the SymPy backward pass (minutes: L of 388,800 terms, then two derivatives)" >&2
  measure sympy7 /usr/bin/python3 tests/SymConv.Benchmarks/sympy_w7.py
  read -r sympy7_built sympy7_each sympy7_counts < "$work/sympy7.out"
  [ "$sympy7_counts" = "144 900" ] || { echo "W7 (SymPy): the sampled derivatives have $sympy7_counts terms, expected 144 900" >&2; exit 1; }
  # All 3,504 derivatives (3,072 inputs and 432 kernel entries), extrapolated from the sample.
  sympy7_wall=$(awk "BEGIN{printf \"%.1f\", $sympy7_built + 3504 * $sympy7_each}")
  sympy7_rss=$rss
fi
for b in "${builds[@]}"; do
  rss_var="w7_rss_$b"
  ratio="—"
  [ -n "$sympy7_wall" ] && ratio=$(awk "BEGIN{printf \"%.0f× faster\", $sympy7_wall/${w7_wall[$b]}}")
  row "W7 grad (dL/dx, dL/dK) of W3's layer" "${build_name[$b]}" "$(awk "BEGIN{printf \"%.3f s (%.1f× its W3 y')\", ${w7_wall[$b]}, ${w7_wall[$b]}/${w3_wall[$b]}}")" \
    "777,600" "$(per_second 777600 "${w7_wall[$b]}")" "$(mib "${!rss_var}")" "$ratio"
done
if [ -n "$sympy7_wall" ]; then
  row "W7 grad (dL/dx, dL/dK) of W3's layer" "SymPy $(/usr/bin/python3 -c 'import sympy; print(sympy.__version__)') diff, extrapolated" \
    "$(awk "BEGIN{printf \"%.0f s (L %.1f s + 3,504 × %.1f s)\", $sympy7_wall, $sympy7_built, $sympy7_each}")" "777,600" "$(per_second 777600 "$sympy7_wall")" "$(mib "$sympy7_rss")" "1×"
fi

# W6: reading a big numeric spec. Entries (7i + 13j) mod 100, so row 0 of y' is known in advance:
# with the kernel [[1 2 3] [4 5 6] [7 8 9]], y'[0] is the sum of k[p][q] · x[p][q] over the top-left 3×3.
if [ "$only_w7" = 0 ]; then
w6_spec="$work/w6.conv"
awk 'BEGIN {
  print "kernel = [[[[1 2 3] [4 5 6] [7 8 9]]]]"; print "input = [["
  for (i = 0; i < 4000; i++) { printf "["; for (j = 0; j < 4000; j++) printf "%s%d", (j ? " " : ""), (7*i + 13*j) % 100; print "]" }
  print "]]" }' > "$w6_spec"
w6_bytes=$(stat -c %s "$w6_spec")
best w6 3 "$work/$fast/SymConv.Cli" "$w6_spec" --rows 0..2 --show "y'"
w6_expected=$(awk 'BEGIN { for (p = 0; p < 3; p++) for (q = 0; q < 3; q++) s += (3*p + q + 1) * ((7*p + 13*q) % 100); print s }')
grep -q "^\[$w6_expected, " "$work/w6.out" || { echo "W6: y'[0] is not $w6_expected:" >&2; cat "$work/w6.out" >&2; exit 1; }
row "W6 read a $(awk "BEGIN{printf \"%.0f MB\", $w6_bytes/1e6}") numeric spec (1×4000×4000 input)" "${build_name[$fast]}" \
  "$(awk "BEGIN{printf \"%.2f s (%.0f MB/s)\", $wall, $w6_bytes/1e6/$wall}")" "—" "—" "$(mib "$rss")" "—"
fi

# W8: a stack, Conv2d(16, 16, 3, padding=1) after Conv2d(3, 16, 3, padding=1) on 3×32×32, all
# symbols, y' of the stack to a file; beside it SymPy multiplying the two sparse matrices (on the
# first rows only: all of them would take it hours), compared by terms per second.
if [ "$run_w8" = 1 ]; then
  w8_file=/tmp/symconv-w8.$$.txt
  trap 'rm -rf "$work" "${w4_file:-}" "${w5_file:-}" "$w8_file"' EXIT
  echo "running W8 (a stack of two convolutions, y' to $w8_file)" >&2
  measure w8 "$work/$fast/SymConv.Cli" --layers "[nn.Conv2d(3, 16, 3, padding=1), nn.Conv2d(16, 16, 3, padding=1)]" \
    --input-shape 3,32,32 --show "y'" -o "$w8_file"
  w8_wall=$wall; w8_rss=$rss
  # Every term of y' is a product w0·x·w1, b0·w1 or the bare b1: count the terms as the '+'s between them, plus one a row.
  w8_terms=$(grep "^y'\[" "$w8_file" | awk '{ n += gsub(/\+/, "+") + 1 } END { print n }')
  w8_bytes=$(stat -c %s "$w8_file")
  rm -f "$w8_file"
  row "W8 y' of Conv2d(16,16,3,padding=1) ∘ Conv2d(3,16,3,padding=1) on 3×32×32 to a file ($(awk "BEGIN{printf \"%.1f GB\", $w8_bytes/1e9}"))" \
    "${build_name[$fast]}" "$(awk "BEGIN{printf \"%.2f s\", $w8_wall}")" "$(commas "$w8_terms")" "$(per_second "$w8_terms" "$w8_wall")" "$(mib "$w8_rss")" "W8_RATIO"
  if [ "$run_sympy" = 1 ] && /usr/bin/python3 -c "import sympy" 2>/dev/null; then
    echo "running W8 in SymPy (the first 16 rows of y')" >&2
    measure sympy-w8 /usr/bin/python3 tests/SymConv.Benchmarks/sympy_w8.py 16
    read -r w8_sympy_rows w8_sympy_terms w8_sympy_seconds < "$work/sympy-w8.out"
    # Both rates are terms of y' per second; SymPy's counts only its product, not building the matrices.
    w8_ratio=$(awk "BEGIN{printf \"%.0f× faster\", ($w8_terms/$w8_wall) / ($w8_sympy_terms/$w8_sympy_seconds)}")
    rows[-1]=${rows[-1]/W8_RATIO/$w8_ratio}
    row "W8 the same, first $w8_sympy_rows rows of y', M1·M0 as sparse matrices" "SymPy $(/usr/bin/python3 -c 'import sympy; print(sympy.__version__)')" \
      "$(awk "BEGIN{printf \"%.1f s\", $w8_sympy_seconds}")" "$(commas "$w8_sympy_terms")" "$(per_second "$w8_sympy_terms" "$w8_sympy_seconds")" "$(mib "$rss")" "1×"
  else
    rows[-1]=${rows[-1]/W8_RATIO/—}
  fi
fi

# W9, W10: pictures of M (issue 16). Past 500 rows or columns M is a density picture of at most
# 500×500 bins whatever the layer, so both files stay a few MB; each must be well XML-shaped and binned.
# W11 draws the backward pass's two matrices of W4 (issue 16 with issue 14's grad).
for w in 9 10 11; do
  [ "$only_w7" = 1 ] && break
  command=()
  if [ "$w" = 9 ]; then shapes=(--kernel-shape 8,8,3,3 --input-shape 8,32,32); label="W9 svg of M, 8×8×3×3 on 8×32×32 (518,400 nonzeros)"
  elif [ "$w" = 10 ]; then shapes=(--kernel-shape 64,64,3,3 --input-shape 64,56,56); label="W10 svg of W4's M (107,495,424 nonzeros)"
  else command=(grad); shapes=(--kernel-shape 64,64,3,3 --input-shape 64,56,56); label="W11 grad svg of W4's Mᵀ and U(x)"; fi
  best "w$w" 3 "$work/$fast/SymConv.Cli" "${command[@]}" "${shapes[@]}" --format svg
  grep -q '<g class="bins"' "$work/w$w.out" && tail -n 1 "$work/w$w.out" | grep -q '^</svg>$' || { echo "W$w: not a density picture" >&2; exit 1; }
  row "$label ($(awk "BEGIN{printf \"%.1f MB\", $(stat -c %s "$work/w$w.out")/1e6}"))" "${build_name[$fast]}" \
    "$(awk "BEGIN{printf \"%.2f s\", $wall}")" "—" "—" "$(mib "$rss")" "—"
done

echo
echo "$(nproc) cores, $(uname -m), .NET $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
echo "| workload | build | time | y' terms | terms/s | peak memory | vs SymPy |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
[ "$only_w7" = 1 ] || echo "W1 start-up: JIT $(awk "BEGIN{printf \"%.3f\", $w1_jit}") s, ReadyToRun $(awk "BEGIN{printf \"%.3f\", $w1_r2r}") s$( [ "$fast" = aot ] && awk "BEGIN{printf \", Native AOT %.3f s (%.0f× faster than JIT)\", $w1_aot, $w1_jit/$w1_aot}")."
