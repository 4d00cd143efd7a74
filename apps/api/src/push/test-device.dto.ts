import { IsBoolean } from 'class-validator';
import type { PushTestDeviceRequest } from '@app/contracts';

export class TestDeviceDto implements PushTestDeviceRequest {
  @IsBoolean({ message: 'testDevice must be true or false' })
  testDevice: boolean;
}
