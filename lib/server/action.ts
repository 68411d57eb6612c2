import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/lib/domain/organisations/roles";
import { fieldErrors, formValues, type FormState, type Parsed } from "@/lib/forms/form-state";
import { withSignedNotice } from "@/lib/security/notice-signature";
import { getActor, type Actor } from "@/lib/server/auth/actor";
import { authSecret } from "@/lib/server/auth/config";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { claimRepeat, settleRepeat } from "@/lib/server/repeat-guard";

// The one way a server action is written. Every exported action is a public HTTP endpoint that anyone can call
// with any arguments, bound ones included, so an action declares:
//   - a schema for every bound argument (ids, versions, lists a page showed): anything else answers 404;
//   - the form fields it reads and how they are parsed (a zod schema or a parse function);
//   - the roles allowed (or `null` for the few token-credentialed actions of people not yet signed in);
//   - one use case to run, and where to go after it.
// A use case answering null means the record is not the actor's: 404. An AppError becomes a form error; anything
// unexpected is logged with a reference. What was typed always comes back.

type Schemas = readonly z.ZodType[];
type Outputs<B extends Schemas> = { -readonly [K in keyof B]: z.output<B[K]> };
type Inputs<B extends Schemas> = { -readonly [K in keyof B]: z.input<B[K]> };
type Values = Record<string, string>;

type Definition<B extends Schemas, I, R, A> = {
  /** Names the action in logs and in the repeat guard. */
  name: string;
  roles: A extends Actor ? readonly Role[] : null;
  bound: B;
  /** The form fields read (their values come back with any error), or a function choosing them from the form. */
  fields?: readonly string[] | ((formData: FormData, bound: Outputs<B>) => readonly string[]);
  /** Fields never sent back (passwords). */
  secret?: readonly string[];
  /** The form's schema (or one made for the bound arguments, e.g. the scale a page showed)… */
  input?: z.ZodType<I> | ((bound: Outputs<B>) => z.ZodType<I>);
  /** …or, for a form a schema cannot say on its own (files, dates), a parse function. */
  parse?: (values: Values, bound: Outputs<B>, formData: FormData) => Parsed<I> | Promise<Parsed<I>>;
  /** A repeated identical post (a double click, a resent form) within a few seconds runs once and lands where the first did. */
  once?: boolean;
  run: (context: { actor: A; bound: Outputs<B>; input: I }) => Promise<R | null>;
  /** Where to go after success, or a form state to show. */
  then: (result: R, bound: Outputs<B>, formData: FormData) => string | FormState | Promise<string | FormState>;
};

export type FormAction<B extends Schemas> = (...args: [...Inputs<B>, state: FormState, formData?: FormData]) => Promise<FormState>;

/** An action of a signed-in person with one of `roles`. */
export function formAction<const B extends Schemas, I = Values, R = unknown>(definition: Definition<B, I, R, Actor>): FormAction<B> {
  return defineAction(definition);
}

/** An action whose credential is a single-use link token, for people without an account yet. */
export function tokenAction<const B extends Schemas, I = Values, R = unknown>(definition: Omit<Definition<B, I, R, null>, "roles">): FormAction<B> {
  return defineAction({ ...definition, roles: null });
}

function defineAction<B extends Schemas, I, R, A extends Actor | null>(definition: Definition<B, I, R, A>): FormAction<B> {
  const boundSchema = z.tuple(definition.bound as unknown as [z.ZodType, ...z.ZodType[]]);
  return async (...args: unknown[]): Promise<FormState> => {
    const count = definition.bound.length;
    const boundParsed = parseBound(boundSchema, args.slice(0, count));
    if (!boundParsed.success) notFound();
    const bound = boundParsed.data as Outputs<B>;
    const formData = args.slice(count).find((arg): arg is FormData => arg instanceof FormData) ?? new FormData();

    const fieldNames = typeof definition.fields === "function" ? definition.fields(formData, bound) : (definition.fields ?? []);
    const values = formValues(formData, fieldNames);
    const kept = keep(values, definition.secret);

    let actor: Actor | null = null;
    if (definition.roles) {
      actor = await getActor();
      // Signed out while typing (the session expired): the form comes back as typed, with a way to sign in again.
      if (!actor) return { errors: { signin: "sessionExpired" }, values: kept };
      if (!definition.roles.includes(actor.role)) notFound();
    }

    const parsed = await parseInput(definition, values, bound, formData);
    if (!parsed.success) return { errors: parsed.errors, values: kept };

    const repeatKey = definition.once ? repeatKeyOf(definition.name, actor, args.slice(0, count), values) : null;
    if (repeatKey) {
      const earlier = await claimRepeat(repeatKey);
      if (earlier) redirect(earlier);
    }

    let result: R | null;
    try {
      result = await definition.run({ actor: actor as A, bound, input: parsed.data });
    } catch (error) {
      if (repeatKey) await settleRepeat(repeatKey, null);
      if (error instanceof AppError) return { errors: { [error.field ?? "form"]: error.messageKey }, values: kept };
      const reference = logUnexpected(error, definition.name);
      return { errors: { form: "unexpected" }, values: kept, reference };
    }
    if (result === null) {
      if (repeatKey) await settleRepeat(repeatKey, null);
      notFound();
    }
    const then = await definition.then(result, bound, formData);
    // A success message gets a fresh, signed notice: shown once, and only when the service said it (lib/security/notice-signature.ts).
    const next = typeof then === "string" ? withSignedNotice(then, authSecret(), actor?.userId ?? "") : then;
    if (repeatKey) await settleRepeat(repeatKey, typeof next === "string" ? next : null);
    if (typeof next === "string") redirect(next);
    return next;
  };
}

/** React's reply decoding can hand over values that throw when looked at (a temporary reference, "$T"): refused too. */
function parseBound(schema: z.ZodType, args: unknown[]): { success: true; data: unknown } | { success: false } {
  try {
    return schema.safeParse(args);
  } catch {
    return { success: false };
  }
}

async function parseInput<B extends Schemas, I>(
  definition: Pick<Definition<B, I, unknown, Actor | null>, "input" | "parse">,
  values: Values,
  bound: Outputs<B>,
  formData: FormData,
): Promise<Parsed<I>> {
  if (definition.parse) return definition.parse(values, bound, formData);
  if (!definition.input) return { success: true, data: values as I };
  const schema = definition.input instanceof z.ZodType ? definition.input : definition.input(bound);
  const parsed = schema.safeParse(values);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, errors: fieldErrors(parsed.error) };
}

function keep(values: Values, secret: readonly string[] = []): Values {
  return Object.fromEntries(Object.entries(values).filter(([field]) => !secret.includes(field)));
}

function repeatKeyOf(name: string, actor: Actor | null, bound: unknown[], values: Values): string {
  return JSON.stringify([name, actor?.userId ?? null, actor?.organisationId ?? null, bound, values]);
}
