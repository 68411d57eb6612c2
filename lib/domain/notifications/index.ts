export * from "./compose";
export * from "./delivery";
export * from "./kinds";
export * from "./language";
export * from "./reminders";
export { serviceName, when } from "./texts";
