#!/usr/bin/env bash
# Regenerates the pictures in docs/pictures/ that the README shows, from the command itself: none is
# drawn by hand. A test (tests/SymConv.Tests/Pictures/DocsPicturesTests.cs) runs every `symconv` line
# below and fails when a checked-in file differs from what it makes; run this script after changing
# how pictures are drawn. Each line is plain words (no quotes), so the test can read it.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/SymConv.Cli -c Release -v quiet -nologo >/dev/null
symconv() { dotnet src/SymConv.Cli/bin/Release/net10.0/SymConv.Cli.dll "$@"; }

symconv examples/seed.conv --format svg -o docs/pictures/seed-M.svg
symconv neuron examples/seed.conv --at 0,1,1 --format svg -o docs/pictures/seed-neuron.svg
symconv examples/seed.conv --format animated-svg -o docs/pictures/seed-sliding-window.svg
symconv examples/seed.conv --format html -o docs/pictures/seed.html
symconv examples/reflect.conv --format svg -o docs/pictures/reflect-M.svg
symconv neuron --kernel-shape 1,1,3,3 --input-shape 1,5,5 --padding 1 --dilation 2 --stride 2 --at 0,0,1 --format svg -o docs/pictures/dilation-neuron.svg
symconv neuron examples/dumoulin-4x4-transposed.conv --at 0,2,2 --format svg -o docs/pictures/transposed-neuron.svg
symconv --kernel-shape 2,3,3,3 --input-shape 3,6,6 --padding 1 --format svg -o docs/pictures/3-channels-M.svg
symconv --kernel-shape 4,4,3,3 --input-shape 4,32,32 --format svg -o docs/pictures/4-channels-32x32-M.svg
symconv grad examples/seed.conv --format svg -o docs/pictures/seed-grad.svg
