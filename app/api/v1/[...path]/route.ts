import { notAnOperation } from "@/lib/http/api/not-an-operation";

export const GET = notAnOperation;
export const POST = notAnOperation;
export const PUT = notAnOperation;
export const PATCH = notAnOperation;
export const DELETE = notAnOperation;
