# PgBouncer as the tests run it: Debian's package (1.18 on bookworm). Build from the repository root:
#   docker build -f ops/deploy/pgbouncer.Dockerfile -t zms-pgbouncer .
# The configuration (pgbouncer.ini, userlist.txt) is mounted at /etc/pgbouncer.
FROM debian:bookworm-slim
# Debian's images forbid starting services while packages install (policy-rc.d), so none is started here.
RUN apt-get update && apt-get install -y --no-install-recommends pgbouncer && rm -rf /var/lib/apt/lists/*
# PgBouncer refuses to run as root.
USER postgres
EXPOSE 6432
CMD ["pgbouncer", "/etc/pgbouncer/pgbouncer.ini"]
