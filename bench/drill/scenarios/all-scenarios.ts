import type { Scenario } from "../context";
import { fuzz } from "./fuzz";
import { postgresCut } from "./postgres-cut";
import { receiverDown } from "./receiver-down";
import { redisRestart } from "./redis-restart";
import { replayedEvent } from "./replayed-event";
import { stewardRace } from "./steward-race";
import { workerKilled } from "./worker-killed";

/** The drill's scenarios in the order they run: the order of issue 14's list. */
export const scenarios: Scenario[] = [workerKilled, redisRestart, receiverDown, replayedEvent, stewardRace, postgresCut, fuzz];
