#!/bin/sh
# Stand-in for Prisma's native schema engine: only generate/validate/format are run through it.
exit 0
