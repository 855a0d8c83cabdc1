#!/usr/bin/env bash
# Takes docs/screenshots/*.png of every page with real data flowing: a local data plane (which
# answers 200, now and then 503, and slowly), a configured hub, and Looker executes sent with
# curl while the window runs under Xvfb. Needs a build (scripts/build.sh) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app=${ACTIONDECK_BIN:-$root/build/app/actiondeck}
out=$root/docs/screenshots
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$out"

sink_port=18790
hub_port=18791
# The data plane: counts requests, answers every 7th with 503 (retried) and every 19th with 400
# (failed), each in 0.2 s; started with "reliable", it answers 200 to all; with "refuse", 400.
cat > "$work/sink.py" <<'PY'
import http.server, sys, time
count = 0
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        count += 1
        time.sleep(0.2)
        status, body = (503, b'busy') if count % 7 == 0 and not reliable else (200, b'OK')
        if (count % 19 == 0 and not reliable) or refuse:
            status, body = 400, b'{"error":"Invalid payload: event too old"}'
        self.send_response(status)
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
reliable = sys.argv[2:] == ['reliable']
refuse = sys.argv[2:] == ['refuse']
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Sink).serve_forever()
PY
python3 "$work/sink.py" $sink_port &
sink_pid=$!

secret=screenshot-secret-0123456789abcdef
cat > "$work/config.json" <<JSON
{"listen": "127.0.0.1:$hub_port", "label": "ActionDeck", "lookerHost": "acme.looker.com",
 "regions": [{"name": "US", "secret": "$secret", "tokens": [], "dataPlaneUrl": ""},
             {"name": "EU", "secret": "$secret-eu", "tokens": [], "dataPlaneUrl": ""}],
 "sources": [{"name": "Marketing site", "writeKey": "2Ab3cD4eF5gH6iJ7kL8mN9oP0q",
              "dataPlaneUrl": "http://127.0.0.1:$sink_port"},
             {"name": "Product analytics", "writeKey": "9zY8xW7vU6tS5rQ4pO3nM2lK1j",
              "dataPlaneUrl": "http://127.0.0.1:$sink_port"}],
 "delivery": {"maxInFlightPerSource": 2, "eventsPerBatch": 100}}
JSON
token=$(printf '%s' "$secret" | "$app" token)
# Two tokens listed in the Connections page, as if generated there.
python3 - "$work/config.json" "$token" "$(printf '%s' "$secret" | "$app" token)" <<'PY'
import json, sys
path, *tokens = sys.argv[1:]
config = json.load(open(path))
config["regions"][0]["tokens"] = tokens
json.dump(config, open(path, "w"), indent=2)
PY

# Executes: a track of 1,500 generated rows and identifies of the Looker fixture, repeated.
python3 - "$work" "$sink_port" <<'PY'
import json, sys, random
work, port = sys.argv[1], sys.argv[2]
random.seed(7)
plans = ["free", "team", "business", "enterprise"]
fields = {"dimensions": [
    {"name": "users.id", "tags": ["user_id"]}, {"name": "users.email", "tags": ["email"]},
    {"name": "users.plan"}, {"name": "users.country"}], "measures": [{"name": "users.seats"}]}
rows = [{"users.id": {"value": f"u-{1000 + i}"}, "users.email": {"value": f"person{i}@example.com"},
         "users.plan": {"value": random.choice(plans)}, "users.country": {"value": random.choice(["US", "ES", "DE", "BR"])},
         "users.seats": {"value": random.randint(1, 200)}} for i in range(1500)]
detail = json.dumps({"fields": fields, "data": rows, "ran_at": "2026-11-23T09:30:00Z"})
def body(event, source):
    return {"type": "query", "attachment": {"mimetype": "application/json", "extension": "json", "data": detail},
            "form_params": {"event": event, "destination_source": source},
            "scheduled_plan": {"title": "Weekly active accounts"}}
json.dump(body("Account Reviewed", "Marketing site"), open(f"{work}/track.json", "w"))
json.dump(body("", "Product analytics"), open(f"{work}/identify.json", "w"))
# Two runs of one schedule that sends only new or changed rows: the second moves 12 accounts to
# another plan and adds 3.
def scheduled(data):
    b = body("", "Product analytics")
    b["attachment"]["data"] = json.dumps({"ran_at": "2026-11-23T09:30:00Z", "fields": fields, "data": data})
    b["form_params"]["send_rows"] = "changed"
    b["scheduled_plan"]["scheduled_plan_id"] = 42
    return b
first = [dict(r) for r in rows[:1200]]
second = [dict(r) for r in rows[:1203]]
for i in range(0, 1200, 100):
    second[i] = dict(second[i], **{"users.plan": {"value": "enterprise" if second[i]["users.plan"]["value"] != "enterprise" else "team"}})
json.dump(scheduled(first), open(f"{work}/identify-first.json", "w"))
json.dump(scheduled(second), open(f"{work}/identify-second.json", "w"))
PY

# The Runs page's schedules: one delivered whole, one with rows that name no one (skipped), one
# the data plane refuses; and earlier runs of the first, for the view by schedule.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
fields = {"dimensions": [{"name": "users.id", "tags": ["user_id"]}, {"name": "users.email", "tags": ["email"]},
                         {"name": "users.plan"}]}
def rows(count, without_id=0):
    return [{"users.id": {"value": f"u-{2000 + i}" if i < count - without_id else None},
             "users.email": {"value": f"person{i}@example.com" if i < count - without_id else None},
             "users.plan": {"value": "team"}} for i in range(count)]
def body(title, plan, source, data, event=""):
    return {"type": "query", "attachment": {"mimetype": "application/json", "extension": "json",
                                            "data": json.dumps({"fields": fields, "data": data})},
            "form_params": {"event": event, "destination_source": source},
            "scheduled_plan": {"title": title, "scheduled_plan_id": plan,
                               "url": f"https://acme.looker.com/looks/{plan}"}}
json.dump(body("Weekly active accounts", 42, "Product analytics", rows(1200)), open(f"{work}/runs-good.json", "w"))
json.dump(body("Trial signups", 57, "Product analytics", rows(400, 12)), open(f"{work}/runs-partial.json", "w"))
json.dump(body("Account reviews", 63, "Marketing site", rows(250), "Account Reviewed"), open(f"{work}/runs-failed.json", "w"))
PY

# A System Activity look (Event Attribute Explore, one row per attribute, shuffled) of logins,
# dashboard and user changes, typed as the catalogue says.
"$app" catalog --json > "$work/types.json"
python3 - "$work" <<'PY'
import json, sys, random
work = sys.argv[1]
random.seed(11)
types = [t for t in json.load(open(f"{work}/types.json"))
         if t["name"] in ("login", "create_dashboard", "update_user", "enter_sudo")]
values = {"number": lambda: str(random.randint(1, 900)), "boolean": lambda: random.choice(["Yes", "No"]),
          "json": lambda: json.dumps({"access_data": ["see_looks"]}), "time": lambda: "2026-11-23 09:30:00",
          "text": lambda: random.choice(["ui", "api", "Quarterly review", "saml"])}
rows = []
for i in range(40):
    t = types[i % len(types)]
    event = {"event.id": {"value": 88100 + i}, "event.name": {"value": t["name"]},
             "event.category": {"value": t["category"]},
             "event.created_time": {"value": f"2026-11-23 09:{10 + i // 2:02d}:{(i * 7) % 60:02d}"},
             "event.user_id": {"value": 40 + i % 6}, "event.is_admin": {"value": "No"},
             "user.email": {"value": f"analyst{i % 6}@example.com"}}
    for a in t["attributes"] or [{"name": "", "type": "text"}]:
        row = dict(event)
        row["event_attribute.name"] = {"value": a["name"] or None}
        row["event_attribute.value"] = {"value": values[a["type"]]() if a["name"] else None}
        rows.append(row)
random.shuffle(rows)
names = ["event.id", "event.name", "event.category", "event.created_time", "event.user_id",
         "event.is_admin", "user.email", "event_attribute.name", "event_attribute.value"]
detail = {"fields": {"dimensions": [{"name": n} for n in names]}, "data": rows,
          "ran_at": "2026-11-23T10:00:00Z", "timezone": "Europe/Madrid"}
body = {"type": "query", "attachment": {"mimetype": "application/json", "extension": "json",
                                        "data": json.dumps(detail)},
        "form_params": {"destination_source": "Product analytics", "event_prefix": "Looker "},
        "scheduled_plan": {"title": "Looker audit trail", "scheduled_plan_id": 51,
                           "url": "https://acme.looker.com/looks/7"}}
json.dump(body, open(f"{work}/system-activity.json", "w"))
# An earlier window: the first 25 events, sent an hour before.
detail["data"] = [row for row in rows if row["event.id"]["value"] < 88125]
body["attachment"]["data"] = json.dumps(detail)
json.dump(body, open(f"{work}/system-activity-first.json", "w"))
PY

send() { # action file
    curl -s -o /dev/null -X POST -H "Authorization: Token token=\"$token\"" \
        -H 'Content-Type: application/json' --data-binary "@$2" \
        "http://127.0.0.1:$hub_port/actions/$1/execute" || true
}

restart_sink() { # [mode]
    kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true
    python3 "$work/sink.py" $sink_port "$@" &
    sink_pid=$!
    sleep 0.5
}

shoot() { # page file [lang] [delay ms] [executes...]
    local page=$1 file=$2 lang=${3:-en} delay=${4:-2500}
    rm -rf "$work/data" "$work/xdg-local"
    # A settings folder of its own: one shot's window size is not the next one's.
    XDG_CONFIG_HOME=$work/xdg-local ACTIONDECK_NO_KEYCHAIN=1 ACTIONDECK_SCREENSHOT_DELAY_MS=$delay \
        ACTIONDECK_SCREENSHOT_SIZE=${SIZE:-} \
        "$app" --config "${config:-$work/config.json}" --data-dir "$work/data" --lang "$lang" \
        --page "$page" --screenshot "$out/$file" &
    local pid=$!
    for _ in $(seq 50); do
        curl -s -o /dev/null "http://127.0.0.1:$hub_port/status" && break
        curl -sk -o /dev/null "https://127.0.0.1:$hub_port/status" && break
        sleep 0.1
    done
    if [[ $page == live || $page == outbox ]]; then
        send rudder_track "$work/track.json"; sleep 1
        send rudder_event "$work/identify.json"; sleep 1
        send rudder_track "$work/track.json"
    fi
    if [[ $page == runs ]]; then
        # Two good runs of one schedule, a partial one and one the data plane refuses.
        restart_sink reliable
        send rudder_event "$work/runs-good.json"; sleep 1
        send rudder_track "$work/track.json"; sleep 1
        send rudder_event "$work/runs-partial.json"; sleep 1
        send rudder_event "$work/runs-good.json"; sleep 1
        restart_sink refuse
        send rudder_track "$work/runs-failed.json"; sleep 1.5
        restart_sink
    fi
    if [[ $page == preview && -n ${SCHEDULED:-} ]]; then
        send rudder_event "$work/identify-first.json"; sleep 1
        send rudder_event "$work/identify-second.json"
    elif [[ $page == preview && -n ${SYSTEM_ACTIVITY:-} ]]; then
        # The earlier window is delivered; of the overlapping one, only the 15 new events are
        # sent, and refused, so that the preview shows them as still to send.
        send rudder_system_activity "$work/system-activity-first.json"; sleep 1.5
        restart_sink refuse
        send rudder_system_activity "$work/system-activity.json"
    elif [[ $page == preview ]]; then
        send rudder_track "$work/track.json"
    fi
    # Meanwhile, the hub is added to the Looker stand-in and its actions enabled (the command
    # line's way), for the shots of the Looker page signed in that follow.
    if [[ $page == looker && -n ${LOOKER_SETUP:-} ]]; then
        "$app" looker register --hub-url "http://127.0.0.1:$hub_port" --region US \
            --config "$work/config.json" "${looker_args[@]}" > /dev/null 2>&1 || true
        "$app" looker enable --hub-url "http://127.0.0.1:$hub_port" --source "Marketing site" \
            --config "$work/config.json" "${looker_args[@]}" > /dev/null 2>&1 || true
    fi
    wait $pid
    echo "wrote $out/$file"
}

# A hub on a server: the same configuration run --headless with its admin API, and windows that
# connect to it (--connect) beside a hub of their own on another port.
admin_port=18792
mkdir -p "$work/server" "$work/xdg"
"$app" admin-token create --scope admin --name laptop --data-dir "$work/server" | tail -n 1 \
    > "$work/admin.token"
python3 - "$work/config.json" "$work/config-local.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["listen"] = "127.0.0.1:18793"
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
shoot_remote() { # page file [lang] [delay ms]
    local page=$1 file=$2 lang=${3:-en} delay=${4:-2500}
    rm -rf "$work/data" "$work/xdg/ActionDeck/window.ini"
    XDG_CONFIG_HOME=$work/xdg ACTIONDECK_NO_KEYCHAIN=1 ACTIONDECK_SCREENSHOT_DELAY_MS=$delay \
        ACTIONDECK_SCREENSHOT_SIZE=${SIZE:-} \
        "$app" --config "${local_config:-$work/config-local.json}" --data-dir "$work/data" \
        --lang "$lang" --connect "http://127.0.0.1:$admin_port" --admin-token-file "$work/admin.token" \
        --page "$page" --screenshot "$out/$file" &
    local pid=$!
    sleep 1.5 # the window has connected (and asked for the requests Preview lists)
    if [[ $page == live || $page == outbox || $page == hubs || $page == preview ]]; then
        send rudder_track "$work/track.json"; sleep 1
        send rudder_event "$work/identify.json"
    fi
    if [[ $page == runs ]]; then
        send rudder_event "$work/runs-good.json"; sleep 1
        send rudder_event "$work/runs-partial.json"
    fi
    wait $pid
    echo "wrote $out/$file"
}
start_server() {
    "$app" --headless --config "$work/config.json" --data-dir "$work/server" \
        --admin-listen "127.0.0.1:$admin_port" > "$work/server.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 50); do
        curl -s -o /dev/null "http://127.0.0.1:$admin_port/readyz" && return
        sleep 0.1
    done
}

# One X server for every shot (xvfb-run would drop the shell functions above).
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp &
export DISPLAY=$display QT_QPA_PLATFORM=xcb
sleep 1
shoot live live-flow.png en 6000
shoot connections connections.png en 2500
# Behind a reverse proxy that holds the certificate (docs/CONNECT_LOOKER.md).
python3 - "$work/config.json" "$work/config-proxy.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["publicBaseUrl"] = "https://actions.example.com"
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
config="$work/config-proxy.json" shoot connections connections-proxy.png en 2500
# HTTPS served by ActionDeck itself, with a certificate made here.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 90 \
    -subj /CN=actions.example.com -addext subjectAltName=DNS:actions.example.com \
    -keyout "$work/hub.key" -out "$work/hub.crt" 2>/dev/null
python3 - "$work/config.json" "$work/config-tls.json" "$work" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["tls"] = {"certificate": sys.argv[3] + "/hub.crt", "key": sys.argv[3] + "/hub.key"}
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
config="$work/config-tls.json" shoot connections connections-tls.png en 2500
shoot preview preview.png en 4000
# The first run previewed after the second: the 12 accounts it would send again (with a data
# plane that refuses nothing, so that no batch's rows are forgotten).
restart_sink reliable
SCHEDULED=1 ACTIONDECK_SCREENSHOT_REQUEST=1 shoot preview preview-changed.png en 5000
restart_sink reliable
SYSTEM_ACTIVITY=1 shoot preview preview-system-activity.png en 8000
restart_sink
shoot outbox outbox.png en 6000
ACTIONDECK_SCREENSHOT_RUN=2 shoot runs runs.png en 11000
ACTIONDECK_SCREENSHOT_RUN=2 shoot runs runs-es.png es 11000
# The Looker page: not signed in; then signed in to Looker's API stand-in (the tests'
# looker_standin, when the build has tests), with this hub added and three actions enabled.
standin=${ACTIONDECK_LOOKER_STANDIN:-$root/build/tests/looker_standin}
if [[ -x $standin ]]; then
    looker_port=18794
    printf 'screenshot-looker-secret\n' > "$work/looker-secret"
    "$standin" $looker_port screenshot-client < "$work/looker-secret" > /dev/null &
    looker_args=(--looker-url "http://127.0.0.1:$looker_port" --client-id screenshot-client
                 --client-secret-file "$work/looker-secret")
    for variant in config config-local; do
        python3 - "$work/$variant.json" "$work/$variant-looker.json" $looker_port <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["looker"] = {"baseUrl": f"http://127.0.0.1:{sys.argv[3]}", "clientId": "screenshot-client",
                    "clientSecret": "screenshot-looker-secret", "verifySsl": True}
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
    done
    LOOKER_SETUP=1 shoot looker looker.png en 3000
    config="$work/config-looker.json" shoot looker looker-signed-in.png en 3000
    config="$work/config-looker.json" shoot looker looker-signed-in-es.png es 3000
    # Preview with a Look run in Looker, tagged and untagged (the tag check); the catalogue
    # counted in Looker's System Activity.
    config="$work/config-looker.json" ACTIONDECK_SCREENSHOT_LOOK=42 \
        shoot preview preview-look.png en 4000
    config="$work/config-looker.json" ACTIONDECK_SCREENSHOT_LOOK=9 \
        shoot preview preview-look-tags.png en 4000
    config="$work/config-looker.json" ACTIONDECK_SCREENSHOT_LOOK=9 \
        shoot preview preview-look-tags-es.png es 4000
    config="$work/config-looker.json" ACTIONDECK_SCREENSHOT_COUNT=1 \
        shoot catalogue catalogue-counts.png en 4000
    config="$work/config-looker.json" ACTIONDECK_SCREENSHOT_COUNT=1 \
        shoot catalogue catalogue-counts-es.png es 4000
else
    shoot looker looker.png en 2500
fi
shoot guide guide.png en 2000
shoot catalogue catalogue.png en 2000
shoot live live-flow-es.png es 6000
shoot catalogue catalogue-es.png es 2000
# With SHOTS_CHECK=DIR: every page at 1024×640 and at the default size, in English and Spanish,
# into DIR, to be looked at (not kept in the repository); the server's pages further down.
if [[ -n ${SHOTS_CHECK:-} ]]; then
    mkdir -p "$SHOTS_CHECK"
    for lang in en es; do
        for page in guide live runs connections looker preview outbox catalogue; do
            # The Looker page signed in, when the stand-in runs.
            shown=${config:-$work/config.json}
            if [[ $page == looker && -x $standin ]]; then shown=$work/config-looker.json; fi
            out=$SHOTS_CHECK SIZE=1024x640 config=$shown shoot "$page" \
                "$page-$lang-1024x640.png" "$lang" 4000
            out=$SHOTS_CHECK config=$shown shoot "$page" "$page-$lang.png" "$lang" 4000
        done
        # A Look's tag check and the catalogue counted in Looker, on a small screen.
        if [[ -x $standin ]]; then
            out=$SHOTS_CHECK SIZE=1024x640 config=$work/config-looker.json \
                ACTIONDECK_SCREENSHOT_LOOK=9 shoot preview "preview-look-$lang-1024x640.png" \
                "$lang" 4000
            out=$SHOTS_CHECK SIZE=1024x640 config=$work/config-looker.json \
                ACTIONDECK_SCREENSHOT_COUNT=1 shoot catalogue \
                "catalogue-counts-$lang-1024x640.png" "$lang" 4000
        fi
    done
fi
# Every page of a hub on a server, from a window beside a hub of its own.
start_server
shoot_remote hubs hubs.png en 4000
shoot_remote hubs hubs-es.png es 4000
shoot_remote live live-flow-remote.png en 5000
shoot_remote outbox outbox-remote.png en 5000
shoot_remote connections connections-remote.png en 2500
shoot_remote connections connections-remote-es.png es 2500
shoot_remote preview preview-remote.png en 6000
ACTIONDECK_SCREENSHOT_RUN=0 shoot_remote runs runs-remote.png en 5000
if [[ -x $standin ]]; then
    local_config=$work/config-local-looker.json shoot_remote looker looker-remote.png en 3000
fi
if [[ -n ${SHOTS_CHECK:-} ]]; then
    out=$SHOTS_CHECK
    mkdir -p "$out"
    for lang in en es; do
        SIZE=1024x640 shoot_remote hubs "hubs-$lang-1024x640.png" "$lang" 3000
        SIZE=1024x640 shoot_remote connections "connections-remote-$lang-1024x640.png" "$lang" 3000
        SIZE=1024x640 ACTIONDECK_SCREENSHOT_RUN=0 shoot_remote runs "runs-remote-$lang-1024x640.png" \
            "$lang" 5000
        if [[ -x $standin ]]; then
            SIZE=1024x640 local_config=$work/config-local-looker.json \
                shoot_remote looker "looker-remote-$lang-1024x640.png" "$lang" 3000
        fi
    done
fi
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
