// The mashup's entry point: registers with tau.mashups and starts the host adapter.
import { install } from './host/index.js';

install();
